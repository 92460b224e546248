package org.idds.cds.kernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

/**
 * A record of optional answers (a work-up, laboratory results, a history) of which none was given: every component
 * empty. One way to say "not asked" for every such record, instead of each spelling out its empties.
 */
public final class NotGiven {

    private NotGiven() {}

    /** One all-empty record per type, built on first use: the records are immutable, so it is shared. */
    private static final ClassValue<Record> EMPTY = new ClassValue<>() {
        @Override
        protected Record computeValue(Class<?> type) {
            return build(type.asSubclass(Record.class));
        }
    };

    /** The {@code type} record with every component {@link Optional#empty()}; every component must be optional. */
    public static <R extends Record> R all(Class<R> type) {
        return type.cast(EMPTY.get(type));
    }

    private static <R extends Record> R build(Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        for (RecordComponent c : components) {
            if (c.getType() != Optional.class) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + c.getName() + " is not optional");
            }
        }
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] empty = Arrays.stream(components).map(c -> Optional.empty()).toArray();
        try {
            return type.getDeclaredConstructor(types).newInstance(empty);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(type.getSimpleName() + " cannot be built with nothing given", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(type.getSimpleName() + " refuses nothing given", e.getCause());
        }
    }
}
