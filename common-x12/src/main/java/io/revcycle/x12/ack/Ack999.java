package io.revcycle.x12.ack;

import java.util.List;

/**
 * One 999 implementation acknowledgment (005010X231A1): the response to one functional group.
 *
 * @param functionalIdentifier AK101, GS01 of the acknowledged group (e.g. "HC")
 * @param groupControlNumber   AK102, GS06 of the acknowledged group
 * @param version              AK103, GS08 of the acknowledged group (e.g. "005010X222A1")
 * @param transactions         loop 2000, one per acknowledged transaction set
 * @param response             AK9
 */
public record Ack999(String functionalIdentifier, String groupControlNumber, String version,
        List<TransactionResponse> transactions, GroupResponse response) {

    public Ack999 {
        transactions = List.copyOf(transactions);
    }

    /**
     * Loop 2000: AK2 and IK5 of one transaction set with its segment errors (loop 2100).
     *
     * @param implementationReference AK203, null when absent
     */
    public record TransactionResponse(String transactionSetId, String controlNumber, String implementationReference,
            List<SegmentError> segmentErrors, TransactionStatus status) {

        public TransactionResponse {
            segmentErrors = List.copyOf(segmentErrors);
        }
    }

    /**
     * Loop 2100: IK3 with its contexts (CTX situational triggers first, then at most one business unit CTX) and its
     * element errors (loop 2110).
     *
     * @param loopId    IK303, null when absent
     * @param errorCode IK304 (1-8, I4, I6-I9)
     */
    public record SegmentError(String segmentId, int position, String loopId, String errorCode,
            List<Context> contexts, List<ElementError> elementErrors) {

        public SegmentError {
            contexts = List.copyOf(contexts);
            elementErrors = List.copyOf(elementErrors);
        }
    }

    /**
     * Loop 2110: IK4 and its CTX.
     *
     * @param elementPosition       IK401-1
     * @param componentPosition     IK401-2, 0 when absent
     * @param repetitionPosition    IK401-3, 0 when absent
     * @param dataElementReference  IK402, null when absent
     * @param errorCode             IK403
     * @param badData               IK404, null when absent (the generator never copies data: it may be PHI)
     */
    public record ElementError(int elementPosition, int componentPosition, int repetitionPosition,
            String dataElementReference, String errorCode, String badData, List<Context> contexts) {

        public ElementError {
            contexts = List.copyOf(contexts);
        }
    }

    /**
     * A CTX segment. A situational trigger has name "SITUATIONAL TRIGGER" and the trigger's segment id, position,
     * loop and element; a business unit identifier has a name such as "CLM01" and the identifier as reference.
     * Absent numbers are 0, absent strings null.
     */
    public record Context(String name, String reference, String segmentId, int segmentPosition, String loopId,
            int elementPosition, int componentPosition, int repetitionPosition, String elementReference) {

        public static final String SITUATIONAL_TRIGGER = "SITUATIONAL TRIGGER";

        public static Context businessUnit(String name, String reference) {
            return new Context(name, reference, null, 0, null, 0, 0, 0, null);
        }

        public boolean isTrigger() {
            return SITUATIONAL_TRIGGER.equals(name);
        }
    }

    /** IK5: the acknowledgment code and up to five IK502-IK506 error codes. */
    public record TransactionStatus(TransactionAckCode code, List<String> errorCodes) {

        public TransactionStatus {
            errorCodes = List.copyOf(errorCodes);
        }
    }

    /** AK9: status, counts and up to five AK905-AK909 error codes. */
    public record GroupResponse(GroupAckCode code, int included, int received, int accepted,
            List<String> errorCodes) {

        public GroupResponse {
            errorCodes = List.copyOf(errorCodes);
        }
    }

    /** IK501. */
    public enum TransactionAckCode {
        /** Accepted. */
        A,
        /** Accepted but errors were noted. */
        E,
        /** Rejected, message authentication code failed. */
        M,
        /** Rejected. */
        R,
        /** Rejected, assurance failed validity tests. */
        W,
        /** Rejected, content after decryption could not be analyzed. */
        X;

        public boolean accepted() {
            return this == A || this == E;
        }
    }

    /** AK901 as the guide allows it. */
    public enum GroupAckCode {
        /** Accepted. */
        A,
        /** Accepted, but errors were noted. */
        E,
        /** Partially accepted, at least one transaction set was rejected. */
        P,
        /** Rejected. */
        R
    }
}
