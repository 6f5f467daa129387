package io.revcycle.coding.service;

import java.util.Set;

import io.revcycle.rest.ProblemException;

/** Which queue a coder works: any combination of facility, encounter type, specialty and age bucket (null = any). */
public record QueueFilter(String facilityId, String encounterType, String specialty, AgeBucket ageBucket) {

    private static final Set<String> ENCOUNTER_TYPES = Set.of(DocumentEncounterCommand.PROFESSIONAL,
            DocumentEncounterCommand.OUTPATIENT_FACILITY, DocumentEncounterCommand.INPATIENT);

    public QueueFilter {
        if (encounterType != null && !ENCOUNTER_TYPES.contains(encounterType)) {
            throw ProblemException.badRequest("encounterType must be one of " + ENCOUNTER_TYPES);
        }
    }

    public static QueueFilter of(String facilityId, String encounterType, String specialty, String ageBucket) {
        return new QueueFilter(blankToNull(facilityId), blankToNull(encounterType), blankToNull(specialty),
                blankToNull(ageBucket) == null ? null : AgeBucket.parse(ageBucket));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
