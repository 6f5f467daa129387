package io.revcycle.x12.validate;

/**
 * Where a finding is. Control numbers are null above the level they name (an ISA error has no group);
 * positions are 0 when they do not apply.
 *
 * @param segmentPosition   1-based position of the segment in its transaction set, ST = 1 (999 IK301); for envelope
 *                          segments, the position in the interchange
 * @param loopId            implementation-guide loop id (e.g. "2300"), null when outside any loop
 * @param elementPosition   1-based element position (999 IK401), 0 when the finding is about a whole segment
 * @param componentPosition 1-based component position, 0 when not about a component
 */
public record Location(String interchangeControlNumber, String groupControlNumber, String transactionControlNumber,
        int segmentPosition, String segmentId, String loopId, int elementPosition, int componentPosition) {

    public static Location interchange(String isa13) {
        return new Location(isa13, null, null, 0, null, null, 0, 0);
    }

    /** A finding inside a transaction set; the validator adds the ISA and GS control numbers. */
    public static Location inTransaction(String st02, io.revcycle.x12.model.Segment segment, String loopId,
            int element, int component) {
        return new Location(null, null, st02, segment == null ? 0 : segment.position(),
                segment == null ? null : segment.id(), loopId, element, component);
    }

    public Location withEnvelope(String isa13, String gs06) {
        return new Location(isa13, gs06, transactionControlNumber, segmentPosition, segmentId, loopId,
                elementPosition, componentPosition);
    }

    public Location atElement(int element, int component) {
        return new Location(interchangeControlNumber, groupControlNumber, transactionControlNumber, segmentPosition,
                segmentId, loopId, element, component);
    }

    /** "ISA 000000001 / GS 1 / ST 0001 / segment 12 CLM (loop 2300) / element 2" */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (interchangeControlNumber != null) {
            b.append("ISA ").append(interchangeControlNumber);
        }
        if (groupControlNumber != null) {
            b.append(" / GS ").append(groupControlNumber);
        }
        if (transactionControlNumber != null) {
            b.append(" / ST ").append(transactionControlNumber);
        }
        if (segmentId != null) {
            b.append(" / segment ").append(segmentPosition).append(' ').append(segmentId);
        }
        if (loopId != null) {
            b.append(" (loop ").append(loopId).append(')');
        }
        if (elementPosition > 0) {
            b.append(" / element ").append(elementPosition);
            if (componentPosition > 0) {
                b.append('-').append(componentPosition);
            }
        }
        return b.toString().trim();
    }
}
