package org.idds.cds.selection.api;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An aPTT comes with the reporting laboratory's upper reference limit (seconds differ between laboratories), and a
 * limit with its result: "normal" is judged against the laboratory's own range, never a guessed one, and nothing sent
 * is left unused. An INR is a standardised ratio and may come without its limit (the rules then compare it with
 * governed figures); an INR limit without an INR is still refused. The field left out is named.
 */
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = ReferenceLimitsGiven.Validator.class)
@interface ReferenceLimitsGiven {

    String message() default "a result needs the laboratory's upper reference limit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<ReferenceLimitsGiven, CandidacyRequest.Labs> {
        @Override
        public boolean isValid(CandidacyRequest.Labs labs, ConstraintValidatorContext context) {
            if (labs == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean inr = limitWithItsResult(context, labs.inr(), labs.inrUpperReferenceLimit(), "inr");
            boolean aptt =
                    pair(context, labs.aptt(), labs.apttUpperReferenceLimit(), "aptt", "apttUpperReferenceLimit");
            return inr && aptt;
        }

        private static boolean limitWithItsResult(
                ConstraintValidatorContext context, Object result, Object limit, String resultName) {
            if (result == null && limit != null) {
                context.buildConstraintViolationWithTemplate("is required with " + resultName
                                + "UpperReferenceLimit: give the result, or leave " + "both out")
                        .addPropertyNode(resultName)
                        .addConstraintViolation();
                return false;
            }
            return true;
        }

        private static boolean pair(
                ConstraintValidatorContext context, Object result, Object limit, String resultName, String limitName) {
            if (result != null && limit == null) {
                context.buildConstraintViolationWithTemplate("is required with " + resultName
                                + ": give the reporting laboratory's upper reference limit, against which normal is "
                                + "judged")
                        .addPropertyNode(limitName)
                        .addConstraintViolation();
                return false;
            }
            if (result == null && limit != null) {
                context.buildConstraintViolationWithTemplate(
                                "is required with " + limitName + ": give the result, or leave both out")
                        .addPropertyNode(resultName)
                        .addConstraintViolation();
                return false;
            }
            return true;
        }
    }
}
