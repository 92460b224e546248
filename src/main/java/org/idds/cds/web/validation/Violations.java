package org.idds.cds.web.validation;

import jakarta.validation.ConstraintValidatorContext;

/** One constraint violation on a named part of the value (its {@code value} or {@code unit}), with our message. */
final class Violations {

    private Violations() {}

    /** Reports the violation and returns false, for {@code return fail(...)} in a validator. */
    static boolean fail(ConstraintValidatorContext context, String node, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message.replace("{", "("))
                .addPropertyNode(node)
                .addConstraintViolation();
        return false;
    }
}
