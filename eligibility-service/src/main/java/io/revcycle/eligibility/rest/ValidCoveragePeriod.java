package io.revcycle.eligibility.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** effectiveTo, when given, must not be before effectiveFrom; reported on the field effectiveTo. */
@Documented
@Constraint(validatedBy = ValidCoveragePeriod.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidCoveragePeriod {

    String message() default "must not be before effectiveFrom";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidCoveragePeriod, CoverageRequest> {
        @Override
        public boolean isValid(CoverageRequest request, ConstraintValidatorContext context) {
            if (request == null || request.effectiveFrom() == null || request.effectiveTo() == null
                    || !request.effectiveTo().isBefore(request.effectiveFrom())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("effectiveTo").addConstraintViolation();
            return false;
        }
    }
}
