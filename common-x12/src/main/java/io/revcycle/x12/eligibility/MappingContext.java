package io.revcycle.x12.eligibility;

import io.revcycle.x12.model.Segment;
import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.FindingSink;
import io.revcycle.x12.validate.Location;
import io.revcycle.x12.validate.Severity;
import io.revcycle.x12.validate.SnipLevel;

/** Where the eligibility and claim status mappings and rules report findings for one transaction set. */
public final class MappingContext {

    private final String controlNumber;
    private final FindingSink sink;

    public MappingContext(String controlNumber, FindingSink sink) {
        this.controlNumber = controlNumber;
        this.sink = sink;
    }

    public String controlNumber() {
        return controlNumber;
    }

    public void report(Severity severity, SnipLevel level, Segment segment, String loopId, int element, int component,
            String code, String x12ErrorCode, String message) {
        sink.report(new Finding(severity, level, Location.inTransaction(controlNumber, segment, loopId, element,
                component), code, x12ErrorCode, message));
    }

    /** A SNIP 4 (situational) error. */
    public void situational(Segment segment, String loopId, int element, int component, String code,
            String x12ErrorCode, String message) {
        report(Severity.ERROR, SnipLevel.SITUATIONAL, segment, loopId, element, component, code, x12ErrorCode, message);
    }

    /** A SNIP 2 (implementation guide) error found while mapping. */
    public void guide(Segment segment, String loopId, int element, int component, String code, String x12ErrorCode,
            String message) {
        report(Severity.ERROR, SnipLevel.IMPLEMENTATION_GUIDE, segment, loopId, element, component, code,
                x12ErrorCode, message);
    }
}
