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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.idds.cds.kernel.Unit;
import org.idds.cds.web.QuantityDto;
import org.idds.cds.web.input.Excerpt;

/**
 * A measured value (a laboratory result) in one of the UCUM units named, inside that unit's plausible range. The
 * ranges are input-plausibility limits, not clinical thresholds: a value outside them is far more likely a typing or
 * unit error than a result, so it is refused with the range named rather than used. Units are never converted here.
 * {@code units}, {@code min} and {@code max} are parallel arrays.
 */
@Retention(RUNTIME)
@Target({FIELD, RECORD_COMPONENT})
@Constraint(validatedBy = Measured.Validator.class)
public @interface Measured {

    /** Accepted UCUM codes. */
    String[] units();

    /** Lowest plausible value in each unit, as a decimal string. */
    String[] min();

    /** Highest plausible value in each unit, as a decimal string. */
    String[] max();

    String message() default "must be a plausible measurement";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<Measured, QuantityDto> {
        private final Map<String, BigDecimal[]> ranges = new LinkedHashMap<>();

        @Override
        public void initialize(Measured annotation) {
            if (annotation.units().length != annotation.min().length
                    || annotation.units().length != annotation.max().length) {
                throw new IllegalArgumentException("@Measured needs one min and one max per unit");
            }
            for (int i = 0; i < annotation.units().length; i++) {
                if (Unit.fromUcum(annotation.units()[i]).isEmpty()) {
                    throw new IllegalArgumentException("@Measured names a unit the engine does not accept: "
                            + annotation.units()[i]);
                }
                ranges.put(annotation.units()[i], new BigDecimal[] {
                    new BigDecimal(annotation.min()[i]),
                    new BigDecimal(annotation.max()[i])
                });
            }
        }

        @Override
        public boolean isValid(QuantityDto value, ConstraintValidatorContext context) {
            if (value == null || value.unit() == null) {
                return true; // @NotNull on the components reports these
            }
            BigDecimal[] range = ranges.get(value.unit());
            if (range == null) {
                List<String> accepted = new ArrayList<>(ranges.keySet());
                String why = Unit.fromUcum(value.unit()).isPresent()
                        ? "'" + Excerpt.of(value.unit()) + "' is not a unit for this measurement."
                        : Unit.whyNotAccepted(Excerpt.of(value.unit()));
                return Violations.fail(
                        context,
                        "unit",
                        why + " Use "
                                + String.join(
                                        " or ",
                                        accepted.stream()
                                                .map(u -> "'" + u + "'")
                                                .toList())
                                + ".");
            }
            if (value.value() == null) {
                return true; // @NotNull reports it
            }
            if (value.value().compareTo(range[0]) < 0 || value.value().compareTo(range[1]) > 0) {
                return Violations.fail(
                        context,
                        "value",
                        "is not plausible in " + value.unit() + " (expected " + range[0].toPlainString() + " to "
                                + range[1].toPlainString() + "): check the value and its unit");
            }
            return true;
        }
    }
}
