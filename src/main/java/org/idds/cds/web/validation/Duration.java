package org.idds.cds.web.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.idds.cds.kernel.Dimension;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.web.QuantityDto;
import org.idds.cds.web.input.Excerpt;

/**
 * A plausible duration in a UCUM time unit ({@code d}, {@code wk}, {@code mo}, {@code a}). The upper
 * bound is an input-plausibility limit, not a clinical threshold: {@link #maxYears()} years expressed in the unit given
 * (50 years is 600 mo, 2609 wk or 18262 d). The value is compared with that bound in its own unit, so no arithmetic is
 * done on the value sent, whatever its size.
 */
@Retention(RUNTIME)
@Target({FIELD, RECORD_COMPONENT})
@Constraint(validatedBy = Duration.Validator.class)
public @interface Duration {

    /** Longest plausible value, in years. */
    int maxYears() default 50;

    String message() default "must be a duration";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<Duration, QuantityDto> {
        /** A value with more digits before the decimal point than this is refused before anything else is done. */
        private static final int MAX_INTEGER_DIGITS = 9;

        private int maxYears;
        private final Map<Unit, Quantity> maxInUnit = new EnumMap<>(Unit.class);

        @Override
        public void initialize(Duration annotation) {
            maxYears = annotation.maxYears();
            Quantity max = Quantity.of(BigDecimal.valueOf(maxYears), Unit.YEAR);
            for (Unit unit : Unit.values()) {
                if (unit.dimension() == Dimension.TIME && unit != Unit.SECOND && unit != Unit.MINUTE) {
                    maxInUnit.put(unit, max.to(unit));
                }
            }
        }

        @Override
        public boolean isValid(QuantityDto value, ConstraintValidatorContext context) {
            if (value == null || value.unit() == null) {
                return true; // @NotNull on the components reports these
            }
            // a duration unit is one maxInUnit holds (a time unit, not the seconds or minutes of lab values and
            // lockouts)
            Optional<Unit> unit = Unit.fromUcum(value.unit()).filter(maxInUnit::containsKey);
            if (value.value() == null) {
                // @NotNull reports the value; a wrong unit is named too, so one answer lists every bad field
                return unit.isPresent() || wrongUnit(context, value);
            }
            // Magnitude first, from precision and scale only: no arithmetic on a value that could be 1e100000.
            if ((long) value.value().precision() - value.value().scale() > MAX_INTEGER_DIGITS) {
                return Violations.fail(context, "value", "is not plausible (more than " + maxYears + " years)");
            }
            if (unit.isEmpty()) {
                return wrongUnit(context, value);
            }
            // a negative value is reported by @DecimalMin on QuantityDto.value
            Quantity max = maxInUnit.get(unit.get());
            if (value.value().compareTo(max.value()) > 0) {
                return Violations.fail(
                        context,
                        "value",
                        "is not plausible (more than " + maxYears + " years, which is " + max.display() + ")");
            }
            return true;
        }

        private static boolean wrongUnit(ConstraintValidatorContext context, QuantityDto value) {
            return Violations.fail(
                    context,
                    "unit",
                    Unit.whyNotAccepted(Excerpt.of(value.unit())) + " Use a UCUM time unit: d, wk, mo or a.");
        }
    }
}
