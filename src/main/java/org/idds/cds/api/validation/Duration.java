package org.idds.cds.api.validation;

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
import java.util.Optional;
import org.idds.cds.api.QuantityDto;
import org.idds.cds.domain.Dimension;
import org.idds.cds.domain.Quantity;
import org.idds.cds.domain.Unit;

/**
 * A non-negative, plausible duration in a UCUM time unit ({@code d}, {@code wk}, {@code mo}, {@code a}). The upper
 * bound is an input-plausibility limit, not a clinical threshold.
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
        private int maxYears;

        @Override
        public void initialize(Duration annotation) {
            maxYears = annotation.maxYears();
        }

        @Override
        public boolean isValid(QuantityDto value, ConstraintValidatorContext context) {
            if (value == null || value.value() == null || value.unit() == null) {
                return true; // @NotNull on the components reports these
            }
            Optional<Unit> unit = Unit.fromUcum(value.unit());
            if (unit.isEmpty() || unit.get().dimension() != Dimension.TIME) {
                return fail(context, "unit", Unit.whyNotAccepted(value.unit()) + " Use a UCUM time unit: d, wk, mo or a.");
            }
            if (value.value().signum() < 0) {
                return fail(context, "value", "must not be negative");
            }
            Quantity years = new Quantity(value.value(), unit.get()).to(Unit.YEAR);
            if (years.value().compareTo(BigDecimal.valueOf(maxYears)) > 0) {
                return fail(context, "value", "is not plausible (more than " + maxYears + " years)");
            }
            return true;
        }

        private static boolean fail(ConstraintValidatorContext context, String node, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message.replace("{", "(")).addPropertyNode(node).addConstraintViolation();
            return false;
        }
    }
}
