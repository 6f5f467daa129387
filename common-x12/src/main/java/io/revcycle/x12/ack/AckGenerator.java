package io.revcycle.x12.ack;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.X12Document;
import io.revcycle.x12.X12Reader;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.X12Writer;
import io.revcycle.x12.ack.Ack999.ElementError;
import io.revcycle.x12.ack.Ack999.GroupAckCode;
import io.revcycle.x12.ack.Ack999.GroupResponse;
import io.revcycle.x12.ack.Ack999.SegmentError;
import io.revcycle.x12.ack.Ack999.TransactionAckCode;
import io.revcycle.x12.ack.Ack999.TransactionResponse;
import io.revcycle.x12.ack.Ack999.TransactionStatus;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.model.FunctionalGroup;
import io.revcycle.x12.model.Interchange;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.Location;
import io.revcycle.x12.validate.Severity;

/**
 * Builds 999 acknowledgments from a received document and its findings: one 999 per functional group.
 *
 * <ul>
 * <li>IK5: A when a transaction set has no finding, E when it has only warnings, R when it has an error; IK502-IK506
 * name the transaction-level reasons (2 trailer missing, 3 control number mismatch, 4 segment count, 5 segments in
 * error, 23 duplicate control number, 1/I6 not supported, 6 ST01 not of the group's GS01, I5 implementation errors).</li>
 * <li>IK3 per segment in error (IK301 id, IK302 position, IK303 loop id, IK304 code); IK4 per element error (IK401
 * position and component, IK403 code). IK404 (copy of bad data) is never filled: it may be PHI.</li>
 * <li>AK9: included and received = transaction sets read (one without ST02 gets no AK2 and counts as not accepted),
 * accepted = IK5 A or E; A when all are accepted without
 * errors noted, E when all are accepted with errors noted, P when some are rejected, R when none is accepted or the
 * group itself is in error (AK905: 3 trailer missing, 4 control number mismatch, 5 count, 19 duplicate).</li>
 * <li>Envelope: sender and receiver swapped from the received ISA and GS; GS01 FA, GS08/ST03 005010X231A1.</li>
 * </ul>
 * Findings without a 999 code (SNIP 3/4 rules) reject or note the transaction set with IK502 I5 but add no IK3.
 */
public final class AckGenerator {

    private static final Map<String, String> TRANSACTION_CODES = Map.of(
            "TRANSACTION_TRAILER_MISSING", "2",
            "TRANSACTION_CONTROL_NUMBER_MISMATCH", "3",
            "SEGMENT_COUNT", "4",
            "DUPLICATE_TRANSACTION_CONTROL_NUMBER", "23",
            "UNSUPPORTED_TRANSACTION", "",
            "SCHEMA_UNAVAILABLE", "I6",
            "MAPPING_FAILED", "I5",
            "CHECK_FAILED", "I5",
            "FUNCTIONAL_ID_MISMATCH", "6");

    private static final Map<String, String> GROUP_CODES = Map.of(
            "GROUP_TRAILER_MISSING", "3",
            "GROUP_CONTROL_NUMBER_MISMATCH", "4",
            "TRANSACTION_COUNT", "5",
            "DUPLICATE_GROUP_CONTROL_NUMBER", "19");

    private static final Set<String> SEGMENT_CODES = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "I4", "I6",
            "I7", "I8", "I9");

    private static final Set<String> ELEMENT_CODES = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
            "12", "13", "I6", "I9", "I10", "I11", "I12", "I13");

    private AckGenerator() {
    }

    /** Reads, validates (all SNIP levels the toolkit knows) and writes the 999 interchanges for a received file. */
    public static byte[] acknowledge(byte[] received, ControlNumbers numbers, Delimiters delimiters,
            LocalDateTime now) {
        X12Document doc = X12Reader.read(received);
        List<Finding> findings = X12Toolkit.validate(doc);
        return X12Writer.write(interchanges(doc, findings, numbers, now), delimiters);
    }

    /** One 999 per functional group of the document, in document order. */
    public static List<Ack999> acknowledgments(X12Document doc, List<Finding> findings) {
        List<Ack999> acks = new ArrayList<>();
        for (Interchange i : doc.interchanges()) {
            for (FunctionalGroup g : i.groups()) {
                acks.add(acknowledge(i, g, findings));
            }
        }
        return acks;
    }

    /**
     * The 999s as interchanges: one per received interchange that has functional groups, holding one FA group with
     * one 999 per received group.
     */
    public static List<Interchange> interchanges(X12Document doc, List<Finding> findings, ControlNumbers numbers,
            LocalDateTime now) {
        Ack999Support support = new Ack999Support();
        List<Interchange> out = new ArrayList<>();
        for (Interchange i : doc.interchanges()) {
            if (i.groups().isEmpty()) {
                continue;
            }
            List<Ack999> acks = new ArrayList<>();
            for (FunctionalGroup g : i.groups()) {
                acks.add(acknowledge(i, g, findings));
            }
            FunctionalGroup first = i.groups().get(0);
            Envelope envelope = new Envelope(orDefault(i.receiverQualifier(), "ZZ"), orDefault(i.receiverId(), "UNKNOWN"),
                    orDefault(i.senderQualifier(), "ZZ"), orDefault(i.senderId(), "UNKNOWN"),
                    orDefault(first.receiverCode(), orDefault(i.receiverId(), "UNKNOWN")),
                    orDefault(first.senderCode(), orDefault(i.senderId(), "UNKNOWN")), now,
                    "T".equals(i.usage()) ? "T" : "P", false);
            out.add(X12Toolkit.interchange(support, acks, envelope, numbers));
        }
        return out;
    }

    private static String orDefault(String v, String fallback) {
        return v == null || v.isBlank() ? fallback : v.length() > 15 ? v.substring(0, 15) : v;
    }

    static Ack999 acknowledge(Interchange i, FunctionalGroup g, List<Finding> findings) {
        String isa13 = i.controlNumber();
        String gs06 = g.controlNumber();
        List<Finding> inGroup = findings.stream()
                .filter(f -> f.location() != null && Objects.equals(f.location().interchangeControlNumber(), isa13)
                        && Objects.equals(f.location().groupControlNumber(), gs06))
                .toList();
        List<TransactionResponse> responses = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (TransactionSet t : g.transactions()) {
            if (t.controlNumber() == null || t.controlNumber().isBlank()) {
                // AK202 would have to be invented: the set counts as received and not accepted (AK903/AK904)
                continue;
            }
            boolean firstWithNumber = seen.add(String.valueOf(t.controlNumber()));
            List<Finding> own = firstWithNumber ? inGroup.stream()
                    .filter(f -> Objects.equals(f.location().transactionControlNumber(), t.controlNumber()))
                    .toList() : List.of(duplicate(t));
            responses.add(response(t, own));
        }
        int received = g.transactions().size();
        int accepted = (int) responses.stream().filter(r -> r.status().code().accepted()).count();
        boolean noted = responses.stream().anyMatch(r -> r.status().code() == TransactionAckCode.E);
        Set<String> groupErrors = new LinkedHashSet<>();
        boolean groupWarnings = false;
        for (Finding f : inGroup) {
            if (f.location().transactionControlNumber() != null) {
                continue;
            }
            String code = GROUP_CODES.get(f.code());
            if (code == null && "GS".equals(f.location().segmentId()) && f.location().elementPosition() == 6) {
                code = "6";
            }
            if (code != null && f.severity() == Severity.ERROR) {
                groupErrors.add(code);
            } else if (code != null) {
                groupWarnings = true;
            }
        }
        GroupAckCode status;
        if (!groupErrors.isEmpty() || (received > 0 && accepted == 0)) {
            status = GroupAckCode.R;
        } else if (accepted < received) {
            status = GroupAckCode.P;
        } else if (noted || groupWarnings) {
            status = GroupAckCode.E;
        } else {
            status = GroupAckCode.A;
        }
        List<String> ak9Codes = groupErrors.stream().limit(5).toList();
        return new Ack999(g.functionalId(), gs06, blankToNull(g.version()), responses,
                new GroupResponse(status, received, received, accepted, ak9Codes));
    }

    private static Finding duplicate(TransactionSet t) {
        return new Finding(Severity.ERROR, io.revcycle.x12.validate.SnipLevel.SYNTAX,
                Location.inTransaction(t.controlNumber(), null, null, 0, 0), "DUPLICATE_TRANSACTION_CONTROL_NUMBER",
                "23", "Transaction set control number ST02 is used by an earlier transaction set of this group.");
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static TransactionResponse response(TransactionSet t, List<Finding> findings) {
        Set<String> ik5Codes = new LinkedHashSet<>();
        Map<String, SegmentBuilder> segments = new LinkedHashMap<>();
        boolean error = false;
        boolean warning = false;
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                error = true;
            } else {
                warning = true;
            }
            Location l = f.location();
            String code = f.x12ErrorCode();
            if (TRANSACTION_CODES.containsKey(f.code())) {
                String c = TRANSACTION_CODES.get(f.code());
                ik5Codes.add(c.isEmpty() ? (code == null ? "1" : code) : c);
                continue;
            }
            if (code == null || l.segmentId() == null || !l.segmentId().matches("[A-Z][A-Z0-9]{1,2}")
                    || l.segmentPosition() <= 0) {
                ik5Codes.add("I5");
                continue;
            }
            boolean elementError = l.elementPosition() > 0;
            if (elementError && !ELEMENT_CODES.contains(code) || !elementError && !SEGMENT_CODES.contains(code)) {
                ik5Codes.add("I5");
                continue;
            }
            String key = l.segmentPosition() + "/" + l.segmentId();
            SegmentBuilder s = segments.computeIfAbsent(key, k -> new SegmentBuilder(l.segmentId(),
                    l.segmentPosition(), loopCode(l.loopId())));
            if (elementError) {
                if (s.elements.size() < 99) {
                    s.elements.add(new ElementError(l.elementPosition(), l.componentPosition(), 0, null, code, null,
                            List.of()));
                }
            } else if (s.code == null) {
                s.code = code;
            }
            ik5Codes.add(code.startsWith("I") ? "I5" : "5");
        }
        List<SegmentError> errors = new ArrayList<>();
        for (SegmentBuilder s : segments.values()) {
            errors.add(new SegmentError(s.id, s.position, s.loop, s.code == null ? "8" : s.code, List.of(),
                    s.elements));
        }
        TransactionAckCode code = error ? TransactionAckCode.R : warning ? TransactionAckCode.E : TransactionAckCode.A;
        List<String> reasons = code == TransactionAckCode.A ? List.of() : ik5Codes.stream().limit(5).toList();
        return new TransactionResponse(t.id(), t.controlNumber(), blankToNull(t.implementationReference()), errors,
                new TransactionStatus(code, reasons));
    }

    /** IK303 is at most 4 characters (element 447): "2010BA" is written "2010". */
    private static String loopCode(String loopId) {
        if (loopId == null || loopId.isEmpty()) {
            return null;
        }
        return loopId.length() <= 4 ? loopId : loopId.substring(0, 4);
    }

    private static final class SegmentBuilder {
        final String id;
        final int position;
        final String loop;
        String code;
        final List<ElementError> elements = new ArrayList<>();

        SegmentBuilder(String id, int position, String loop) {
            this.id = id;
            this.position = position;
            this.loop = loop;
        }
    }
}
