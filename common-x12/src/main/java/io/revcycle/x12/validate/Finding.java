package io.revcycle.x12.validate;

/**
 * One validation finding: where, what (in words) and which rule.
 *
 * @param code    machine-readable rule id, e.g. "SEGMENT_COUNT", "REQUIRED_ELEMENT_MISSING", "837_CLAIM_TOTAL";
 *                for syntax/IG errors the X12 999 error code is in {@code x12ErrorCode} (IK304 / IK403 / IK502...)
 * @param message a plain-language sentence a biller understands, never PHI values
 */
public record Finding(Severity severity, SnipLevel level, Location location, String code, String x12ErrorCode,
        String message) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity + " [" + level + " " + code + "] " + location.describe() + ": " + message;
    }
}
