package org.idds.cds.web.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.idds.cds.web.input.Excerpt;

/**
 * The text must be one of the constants of an enum (absent is allowed: it means "not known"; an empty text is not, so
 * "" is never taken to mean "not known").
 */
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Constraint(validatedBy = OneOf.Validator.class)
public @interface OneOf {

    Class<? extends Enum<?>> value();

    String message() default "must be one of {allowed}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<OneOf, String> {
        private String[] allowed;

        @Override
        public void initialize(OneOf annotation) {
            allowed = Arrays.stream(annotation.value().getEnumConstants())
                    .map(Enum::name)
                    .toArray(String[]::new);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || Arrays.asList(allowed).contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            String choices = Arrays.stream(allowed).collect(Collectors.joining(", "));
            context.buildConstraintViolationWithTemplate(
                            value.isBlank()
                                    ? "must not be empty: leave the field out when it is not known, or use one of "
                                            + choices
                                    : "'" + Excerpt.of(value) + "' is not allowed; use one of " + choices)
                    .addConstraintViolation();
            return false;
        }
    }
}
