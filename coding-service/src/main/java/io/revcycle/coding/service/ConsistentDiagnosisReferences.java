package io.revcycle.coding.service;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Diagnosis sequences and line numbers are unique, and every procedure's diagnosisSequences name documented
 * diagnoses: otherwise diagnosis pointers could not be derived.
 */
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = ConsistentDiagnosisReferences.Validator.class)
public @interface ConsistentDiagnosisReferences {

    String message() default "inconsistent diagnosis references";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentDiagnosisReferences, DocumentEncounterCommand> {

        @Override
        public boolean isValid(DocumentEncounterCommand command, ConstraintValidatorContext context) {
            if (command == null || command.diagnoses() == null || command.procedures() == null) {
                return true; // @NotEmpty reports these
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            Set<Integer> sequences = new HashSet<>();
            List<DocumentEncounterCommand.Diagnosis> diagnoses = command.diagnoses();
            for (int i = 0; i < diagnoses.size(); i++) {
                Integer sequence = diagnoses.get(i) == null ? null : diagnoses.get(i).sequence();
                if (sequence != null && !sequences.add(sequence)) {
                    valid = violation(context, "diagnoses", i, "sequence", "sequence " + sequence + " is used twice");
                }
            }
            Set<Integer> lineNumbers = new HashSet<>();
            List<DocumentEncounterCommand.Procedure> procedures = command.procedures();
            for (int i = 0; i < procedures.size(); i++) {
                DocumentEncounterCommand.Procedure p = procedures.get(i);
                if (p == null) {
                    continue;
                }
                if (p.lineNumber() != null && !lineNumbers.add(p.lineNumber())) {
                    valid = violation(context, "procedures", i, "lineNumber",
                            "line number " + p.lineNumber() + " is used twice");
                }
                for (Integer ref : p.diagnosisSequences().stream().filter(Objects::nonNull).toList()) {
                    if (!sequences.contains(ref)) {
                        valid = violation(context, "procedures", i, "diagnosisSequences",
                                "diagnosis sequence " + ref + " is not among the documented diagnoses");
                    }
                }
            }
            return valid;
        }

        private static boolean violation(ConstraintValidatorContext context, String list, int index, String field,
                String message) {
            context.buildConstraintViolationWithTemplate(message.replace("{", "\\{"))
                    .addPropertyNode(list)
                    .addPropertyNode(field).inIterable().atIndex(index)
                    .addConstraintViolation();
            return false;
        }
    }
}
