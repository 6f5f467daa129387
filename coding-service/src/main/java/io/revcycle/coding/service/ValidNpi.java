package io.revcycle.coding.service;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A National Provider Identifier: 10 digits whose last digit is the Luhn check digit over "80840" + the NPI. */
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Constraint(validatedBy = ValidNpi.Validator.class)
public @interface ValidNpi {

    String message() default "must be a 10-digit NPI with a valid check digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidNpi, String> {

        /** The NPI is a card number under the US health industry issuer prefix 80840 (ISO 7812). */
        private static final String ISSUER_PREFIX = "80840";

        @Override
        public boolean isValid(String npi, ConstraintValidatorContext context) {
            return npi == null || (npi.matches("\\d{10}") && luhn(ISSUER_PREFIX + npi));
        }

        static boolean luhn(String digits) {
            int sum = 0;
            boolean doubled = false;
            for (int i = digits.length() - 1; i >= 0; i--) {
                int d = digits.charAt(i) - '0';
                if (doubled) {
                    d = d * 2 > 9 ? d * 2 - 9 : d * 2;
                }
                sum += d;
                doubled = !doubled;
            }
            return sum % 10 == 0;
        }
    }
}
