package io.revcycle.hl7;

import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.Location;

/**
 * What is wrong with an inbound HL7 message and where: the segment (and its repetition, 1-based), the field and
 * component, an HL7 table 0357 error code, and a message that names no PHI (it goes back in ERR-8 and to the log).
 */
public record Hl7Problem(String segment, int repetition, int field, int component, ErrorCode code, String message) {

    public static Hl7Problem missing(String segment, int repetition, int field, String what) {
        return new Hl7Problem(segment, repetition, field, 0, ErrorCode.REQUIRED_FIELD_MISSING, what + " is missing");
    }

    public static Hl7Problem badValue(String segment, int repetition, int field, String message) {
        return new Hl7Problem(segment, repetition, field, 0, ErrorCode.DATA_TYPE_ERROR, message);
    }

    public static Hl7Problem unknownCode(String segment, int repetition, int field, String message) {
        return new Hl7Problem(segment, repetition, field, 0, ErrorCode.TABLE_VALUE_NOT_FOUND, message);
    }

    /** "FT1(2)-25": how the location reads in a log line. */
    public String where() {
        return segment + (repetition > 1 ? "(" + repetition + ")" : "") + (field > 0 ? "-" + field : "")
                + (component > 0 ? "." + component : "");
    }

    public HL7Exception toException() {
        HL7Exception e = new HL7Exception(message, code);
        Location location = new Location().withSegmentName(segment).withSegmentRepetition(repetition);
        if (field > 0) {
            location.withField(field).withFieldRepetition(1);
        }
        if (component > 0) {
            location.withComponent(component);
        }
        e.setLocation(location);
        return e;
    }
}
