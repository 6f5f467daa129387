package io.revcycle.x12.read;

import io.revcycle.x12.validate.SnipLevel;
import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * How a StAEDI validation error becomes a finding: the rule code, the 999 code (IK304 for segment errors, IK403 for
 * element errors), the SNIP level and the words of the message.
 */
public final class X12ErrorCodes {

    /** The mapping of one StAEDI error. {@code x12Code} is an IK304 code for segments, an IK403 code for elements. */
    public record Mapping(String code, String x12Code, SnipLevel level, String words) {
    }

    private X12ErrorCodes() {
    }

    public static Mapping of(EDIStreamValidationError error) {
        return switch (error) {
            // IK304 segment syntax error codes
            case UNRECOGNIZED_SEGMENT_ID -> new Mapping("UNRECOGNIZED_SEGMENT", "1", SnipLevel.SYNTAX,
                    "is not a known segment id");
            case UNEXPECTED_SEGMENT -> new Mapping("UNEXPECTED_SEGMENT", "2", SnipLevel.SYNTAX,
                    "is not expected at this point of the transaction");
            case MANDATORY_SEGMENT_MISSING -> new Mapping("REQUIRED_SEGMENT_MISSING", "3",
                    SnipLevel.IMPLEMENTATION_GUIDE, "is required but missing");
            case LOOP_OCCURS_OVER_MAXIMUM_TIMES -> new Mapping("LOOP_OVER_MAXIMUM", "4",
                    SnipLevel.IMPLEMENTATION_GUIDE, "repeats more often than the guide allows");
            case SEGMENT_EXCEEDS_MAXIMUM_USE -> new Mapping("SEGMENT_OVER_MAXIMUM_USE", "5",
                    SnipLevel.IMPLEMENTATION_GUIDE, "repeats more often than the guide allows");
            case SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET -> new Mapping("SEGMENT_NOT_IN_TRANSACTION_SET", "6",
                    SnipLevel.SYNTAX, "is not defined for this transaction set");
            case SEGMENT_NOT_IN_PROPER_SEQUENCE -> new Mapping("SEGMENT_OUT_OF_SEQUENCE", "7", SnipLevel.SYNTAX,
                    "is not in its proper sequence");
            case SEGMENT_HAS_DATA_ELEMENT_ERRORS -> new Mapping("SEGMENT_HAS_ELEMENT_ERRORS", "8", SnipLevel.SYNTAX,
                    "has data element errors");
            case IMPLEMENTATION_UNUSED_SEGMENT_PRESENT -> new Mapping("UNUSED_SEGMENT_PRESENT", "I4",
                    SnipLevel.IMPLEMENTATION_GUIDE, "is present but the guide does not use it here");
            case IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING -> new Mapping("DEPENDENT_SEGMENT_MISSING", "I6",
                    SnipLevel.IMPLEMENTATION_GUIDE, "is required by the guide in this situation but missing");
            case IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES -> new Mapping("LOOP_UNDER_MINIMUM", "I7",
                    SnipLevel.IMPLEMENTATION_GUIDE, "occurs fewer times than the guide requires");
            case IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE -> new Mapping("SEGMENT_UNDER_MINIMUM_USE", "I8",
                    SnipLevel.IMPLEMENTATION_GUIDE, "occurs fewer times than the guide requires");
            case IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT -> new Mapping("DEPENDENT_UNUSED_SEGMENT_PRESENT",
                    "I9", SnipLevel.IMPLEMENTATION_GUIDE, "is present but the guide does not use it in this situation");
            case CONDITIONAL_REQUIRED_SEGMENT_MISSING -> new Mapping("CONDITIONAL_SEGMENT_MISSING", "I6",
                    SnipLevel.IMPLEMENTATION_GUIDE, "is required by a condition but missing");
            case SEGMENT_EXCLUSION_CONDITION_VIOLATED -> new Mapping("SEGMENT_EXCLUSION_VIOLATED", "2",
                    SnipLevel.SYNTAX, "may not be used together with another segment present");
            // IK403 element syntax error codes
            case REQUIRED_DATA_ELEMENT_MISSING -> new Mapping("REQUIRED_ELEMENT_MISSING", "1",
                    SnipLevel.IMPLEMENTATION_GUIDE, "is missing: it is required");
            case CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING -> new Mapping("CONDITIONAL_ELEMENT_MISSING", "2",
                    SnipLevel.SYNTAX, "is missing: a syntax rule of the segment requires it");
            case TOO_MANY_DATA_ELEMENTS -> new Mapping("TOO_MANY_ELEMENTS", "3", SnipLevel.SYNTAX,
                    "is beyond the last element the segment defines");
            case DATA_ELEMENT_TOO_SHORT -> new Mapping("ELEMENT_TOO_SHORT", "4", SnipLevel.IMPLEMENTATION_GUIDE,
                    "is shorter than its minimum length");
            case DATA_ELEMENT_TOO_LONG -> new Mapping("ELEMENT_TOO_LONG", "5", SnipLevel.IMPLEMENTATION_GUIDE,
                    "is longer than its maximum length");
            case INVALID_CHARACTER_DATA -> new Mapping("INVALID_CHARACTER", "6", SnipLevel.SYNTAX,
                    "has characters its data type does not allow");
            case INVALID_CODE_VALUE -> new Mapping("INVALID_CODE_VALUE", "7", SnipLevel.IMPLEMENTATION_GUIDE,
                    "has a code value that is not valid here");
            case INVALID_DATE -> new Mapping("INVALID_DATE", "8", SnipLevel.SYNTAX, "is not a valid date");
            case INVALID_TIME -> new Mapping("INVALID_TIME", "9", SnipLevel.SYNTAX, "is not a valid time");
            case EXCLUSION_CONDITION_VIOLATED -> new Mapping("EXCLUSION_VIOLATED", "10", SnipLevel.SYNTAX,
                    "may not be used together with another element present");
            case TOO_MANY_REPETITIONS -> new Mapping("TOO_MANY_REPETITIONS", "12", SnipLevel.SYNTAX,
                    "repeats more often than allowed");
            case TOO_MANY_COMPONENTS -> new Mapping("TOO_MANY_COMPONENTS", "13", SnipLevel.SYNTAX,
                    "has more components than its definition");
            case IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT -> new Mapping("UNUSED_ELEMENT_PRESENT", "I10",
                    SnipLevel.IMPLEMENTATION_GUIDE, "is present but the guide does not use it");
            case IMPLEMENTATION_TOO_FEW_REPETITIONS -> new Mapping("TOO_FEW_REPETITIONS", "I11",
                    SnipLevel.IMPLEMENTATION_GUIDE, "repeats fewer times than the guide requires");
            case IMPLEMENTATION_PATTERN_MATCH_FAILURE -> new Mapping("PATTERN_MISMATCH", "I12",
                    SnipLevel.IMPLEMENTATION_GUIDE, "does not match the pattern the guide requires");
            case IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT -> new Mapping(
                    "DEPENDENT_UNUSED_ELEMENT_PRESENT", "I13", SnipLevel.IMPLEMENTATION_GUIDE,
                    "is present but the guide does not use it in this situation");
            case IMPLEMENTATION_INVALID_CODE_VALUE -> new Mapping("INVALID_CODE_VALUE", "I6",
                    SnipLevel.IMPLEMENTATION_GUIDE, "has a code value the guide does not use here");
            case IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING -> new Mapping("DEPENDENT_ELEMENT_MISSING", "I9",
                    SnipLevel.IMPLEMENTATION_GUIDE, "is missing: the guide requires it in this situation");
            // envelope control errors (the reader checks these itself; kept for completeness)
            case CONTROL_REFERENCE_MISMATCH -> new Mapping("CONTROL_NUMBER_MISMATCH", "3", SnipLevel.SYNTAX,
                    "does not match the control number of its header");
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> new Mapping("CONTROL_COUNT_MISMATCH", "4",
                    SnipLevel.SYNTAX, "does not match the actual count");
            default -> new Mapping("SYNTAX_ERROR", "8", SnipLevel.SYNTAX, "is in error (" + error + ")");
        };
    }

    public static boolean isElementError(EDIStreamValidationError error) {
        return error.getCategory() == io.xlate.edi.stream.EDIStreamEvent.ELEMENT_DATA_ERROR
                || error.getCategory() == io.xlate.edi.stream.EDIStreamEvent.ELEMENT_OCCURRENCE_ERROR;
    }
}
