package io.revcycle.coding.service;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * What each encounter type needs: an inpatient stay has its admission, discharge (the date of service: ICD-10 codes
 * are valid by discharge date) and discharge status, and may have ICD-10-PCS procedures, each with a date within the
 * stay, and its admission type and source (UB-04 FL 14/15); other encounters bill CPT/HCPCS lines, so they need at
 * least one procedure and no ICD-10-PCS. A line's revenue code is an outpatient facility's (inpatient room and board
 * and ancillaries come from the chargemaster).
 */
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = ConsistentEncounterType.Validator.class)
public @interface ConsistentEncounterType {

    String message() default "inconsistent with the encounter type";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentEncounterType, DocumentEncounterCommand> {

        @Override
        public boolean isValid(DocumentEncounterCommand c, ConstraintValidatorContext context) {
            if (c == null || c.procedures() == null) {
                return true; // @NotNull reports it
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            List<DocumentEncounterCommand.Procedure> procedures = c.procedures();
            if (c.isInpatient()) {
                valid &= required(context, c.admissionDate(), "admissionDate");
                valid &= required(context, c.dischargeDate(), "dischargeDate");
                valid &= required(context, c.dischargeDisposition(), "dischargeDisposition");
                if (c.admissionDate() != null && c.dischargeDate() != null) {
                    if (c.dischargeDate().isBefore(c.admissionDate())) {
                        valid = violation(context, "dischargeDate", "must not be before the admission date");
                    }
                    if (c.dateOfService() != null && !c.dateOfService().equals(c.dischargeDate())) {
                        valid = violation(context, "dateOfService", "must be the discharge date for INPATIENT");
                    }
                }
            } else {
                if (procedures.isEmpty()) {
                    valid = violation(context, "procedures", "at least one procedure is required for " + c.encounterType());
                }
                if (c.admissionType() != null) {
                    valid = violation(context, "admissionType", "is for INPATIENT encounters only");
                }
                if (c.admissionSource() != null) {
                    valid = violation(context, "admissionSource", "is for INPATIENT encounters only");
                }
            }
            for (int i = 0; i < procedures.size(); i++) {
                DocumentEncounterCommand.Procedure p = procedures.get(i);
                if (p != null && p.revenueCode() != null && (!c.isOutpatientFacility() || p.isIcd10Pcs())) {
                    valid = violation(context, "procedures", i, "revenueCode",
                            "is for the lines of OUTPATIENT_FACILITY encounters only");
                }
                if (p == null || !p.isIcd10Pcs()) {
                    continue;
                }
                if (!c.isInpatient()) {
                    valid = violation(context, "procedures", i, "codeSystem", "ICD10PCS is for INPATIENT encounters only");
                } else if (p.performedDate() == null) {
                    valid = violation(context, "procedures", i, "performedDate", "is required for ICD-10-PCS");
                } else if (c.admissionDate() != null && c.dischargeDate() != null
                        && (p.performedDate().isBefore(c.admissionDate()) || p.performedDate().isAfter(c.dischargeDate()))) {
                    valid = violation(context, "procedures", i, "performedDate", "must be within the stay");
                }
            }
            return valid;
        }

        private static boolean required(ConstraintValidatorContext context, Object value, String field) {
            return value != null || violation(context, field, "is required for INPATIENT");
        }

        private static boolean violation(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }

        private static boolean violation(ConstraintValidatorContext context, String list, int index, String field,
                String message) {
            context.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode(list)
                    .addPropertyNode(field).inIterable().atIndex(index)
                    .addConstraintViolation();
            return false;
        }
    }
}
