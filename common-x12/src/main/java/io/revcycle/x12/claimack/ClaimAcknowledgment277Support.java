package io.revcycle.x12.claimack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.revcycle.x12.claimack.ClaimAck277.BillingProvider;
import io.revcycle.x12.claimack.ClaimAck277.ClaimStatus;
import io.revcycle.x12.claimack.ClaimAck277.DateRange;
import io.revcycle.x12.claimack.ClaimAck277.InformationSource;
import io.revcycle.x12.claimack.ClaimAck277.LineStatus;
import io.revcycle.x12.claimack.ClaimAck277.Party;
import io.revcycle.x12.claimack.ClaimAck277.Patient;
import io.revcycle.x12.claimack.ClaimAck277.Procedure;
import io.revcycle.x12.claimack.ClaimAck277.Receipt;
import io.revcycle.x12.claimack.ClaimAck277.Receiver;
import io.revcycle.x12.claimack.ClaimAck277.Reference;
import io.revcycle.x12.claimack.ClaimAck277.Status;
import io.revcycle.x12.claimack.ClaimAck277.StatusCode;
import io.revcycle.x12.claimack.ClaimAck277.Totals;
import io.revcycle.x12.model.Element;
import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.remit.Fields;
import io.revcycle.x12.spi.GuideSupport;
import io.revcycle.x12.validate.FindingSink;
import io.revcycle.x12.validate.Severity;
import io.revcycle.x12.validate.SnipLevel;

/**
 * 277CA health care claim acknowledgment, 005010X214: typed mapping both ways (HL numbering on write, hierarchy from
 * HL01/HL02 on read) and the SNIP 4 rules. ST01 277 is shared with 005010X212 (claim status response): the catalog
 * tells them apart by ST03/GS08.
 */
public final class ClaimAcknowledgment277Support extends GuideSupport<ClaimAck277> {

    public static final String GUIDE = "005010X214";

    public ClaimAcknowledgment277Support() {
        super("277", GUIDE, List.of(), "HN", ClaimAck277.class);
    }

    static final String SOURCE = "2000A";
    static final String RECEIVER = "2000B";
    static final String PROVIDER = "2000C";
    static final String PATIENT = "2000D";

    // ------------------------------------------------------------------ reading

    /** One HL level as read: its loop, level (2000A-D) and the levels below it. */
    static final class Node {
        final Loop loop;
        final String level;
        final List<Node> children = new ArrayList<>();

        Node(Loop loop, String level) {
            this.loop = loop;
            this.level = level;
        }
    }

    static String levelOf(Loop l) {
        switch (l.id()) {
            case SOURCE, RECEIVER, PROVIDER, PATIENT:
                return l.id();
            default:
                String code = l.segment("HL").map(s -> s.value(3)).orElse("");
                return switch (code) {
                    case "20" -> SOURCE;
                    case "21" -> RECEIVER;
                    case "19" -> PROVIDER;
                    case "PT" -> PATIENT;
                    default -> null;
                };
        }
    }

    static String parentLevel(String level) {
        return switch (level) {
            case RECEIVER -> SOURCE;
            case PROVIDER -> RECEIVER;
            case PATIENT -> PROVIDER;
            default -> null;
        };
    }

    /** The HL loops of the body in document order, wherever the reader placed them (siblings or nested). */
    static List<Loop> hlLoops(Loop body) {
        List<Loop> out = new ArrayList<>();
        collect(body, out);
        return out;
    }

    private static void collect(Loop loop, List<Loop> out) {
        for (Loop l : loop.loops()) {
            if (l.segment("HL").isPresent() && levelOf(l) != null) {
                out.add(l);
                collect(l, out);
            }
        }
    }

    /** Rebuilds the HL tree: by HL02 when it names an earlier level of the parent kind, else the last such level. */
    static List<Node> tree(Loop body, Fields f) {
        List<Node> roots = new ArrayList<>();
        Map<String, Node> byId = new HashMap<>();
        Map<String, Node> last = new HashMap<>();
        for (Loop l : hlLoops(body)) {
            String level = levelOf(l);
            Node node = new Node(l, level);
            Segment hl = l.segment("HL").orElseThrow();
            String parentLevel = parentLevel(level);
            if (parentLevel == null) {
                roots.add(node);
            } else {
                Node parent = byId.get(hl.value(2));
                if (parent == null || !parent.level.equals(parentLevel)) {
                    parent = last.get(parentLevel);
                }
                if (parent == null) {
                    f.report(Severity.ERROR, SnipLevel.SITUATIONAL, "277CA_HL_ORPHAN", hl, level, 2,
                            "HL level " + hl.value(1) + " has no " + parentLevel
                                    + " level before it to belong to: it is left out of the typed acknowledgment");
                    continue;
                }
                parent.children.add(node);
            }
            byId.putIfAbsent(hl.value(1), node);
            last.put(level, node);
            // a new parent ends the scope of the levels below it
            switch (level) {
                case SOURCE -> {
                    last.remove(RECEIVER);
                    last.remove(PROVIDER);
                }
                case RECEIVER -> last.remove(PROVIDER);
                default -> {
                }
            }
        }
        return roots;
    }

    @Override
    public ClaimAck277 fromBody(TransactionSet transaction, FindingSink findings) {
        Fields f = new Fields(transaction.controlNumber(), findings);
        try {
            Loop body = transaction.body() == null ? Loop.of("277") : transaction.body();
            Segment bht = body.segment("BHT").orElse(null);
            List<InformationSource> sources = new ArrayList<>();
            for (Node n : tree(body, f)) {
                sources.add(source(n, f));
            }
            return new ClaimAck277(Fields.text(bht, 3), bht == null ? null : f.date(bht, null, 4),
                    Fields.text(bht, 5), sources);
        } catch (RuntimeException e) {
            f.report(Severity.ERROR, SnipLevel.IMPLEMENTATION_GUIDE, "MAPPING_FAILED", null, null, 0,
                    "The 277CA could not be turned into a typed acknowledgment (" + e.getClass().getSimpleName()
                            + ")");
            return new ClaimAck277(null, null, null, List.of());
        }
    }

    private static Party party(Loop hl, String nameLoop) {
        Segment nm1 = hl.loop(nameLoop).flatMap(l -> l.segment("NM1")).orElse(null);
        if (nm1 == null) {
            return null;
        }
        return new Party(Fields.text(nm1, 1), Fields.text(nm1, 2), Fields.text(nm1, 3), Fields.text(nm1, 4),
                Fields.text(nm1, 5), Fields.text(nm1, 7), Fields.text(nm1, 8), Fields.text(nm1, 9));
    }

    private static InformationSource source(Node n, Fields f) {
        List<Receipt> receipts = new ArrayList<>();
        for (Loop l : n.loop.loops("2200A")) {
            String id = "2200A";
            Segment trn = l.segment("TRN").orElse(null);
            LocalDate receipt = l.segment("DTP", 1, "050").map(s -> date(s, id, f)).orElse(null);
            LocalDate process = l.segment("DTP", 1, "009").map(s -> date(s, id, f)).orElse(null);
            receipts.add(new Receipt(Fields.text(trn, 2), receipt, process));
        }
        List<Receiver> receivers = new ArrayList<>();
        for (Node c : n.children) {
            receivers.add(receiver(c, f));
        }
        return new InformationSource(party(n.loop, "2100A"), receipts, receivers);
    }

    private static LocalDate date(Segment dtp, String loopId, Fields f) {
        return f.date(dtp, loopId, 3);
    }

    private static Totals totals(Loop l, String accepted, String rejected, Fields f) {
        String id = l.id();
        Totals t = new Totals(
                l.segment("QTY", 1, accepted).map(s -> f.decimal(s, id, 2)).orElse(null),
                l.segment("QTY", 1, rejected).map(s -> f.decimal(s, id, 2)).orElse(null),
                l.segment("AMT", 1, "YU").map(s -> f.decimal(s, id, 2)).orElse(null),
                l.segment("AMT", 1, "YY").map(s -> f.decimal(s, id, 2)).orElse(null));
        return t.isEmpty() ? null : t;
    }

    private static StatusCode statusCode(Element e) {
        if (e.isEmpty()) {
            return null;
        }
        String c1 = e.component(1);
        String c2 = e.component(2);
        String c3 = e.component(3);
        return new StatusCode(c1.isEmpty() ? null : c1, c2.isEmpty() ? null : c2, c3.isEmpty() ? null : c3);
    }

    static List<Status> statuses(Loop l, Fields f) {
        List<Status> out = new ArrayList<>();
        for (Segment s : l.segments("STC")) {
            List<StatusCode> more = new ArrayList<>();
            for (int p = 10; p <= 11; p++) {
                StatusCode c = statusCode(s.element(p));
                if (c != null) {
                    more.add(c);
                }
            }
            out.add(new Status(statusCode(s.element(1)), f.date(s, l.id(), 2), Fields.text(s, 3),
                    f.decimal(s, l.id(), 4), more, Fields.text(s, 12)));
        }
        return out;
    }

    private static Receiver receiver(Node n, Fields f) {
        Loop trace = n.loop.loop("2200B").orElse(null);
        List<BillingProvider> providers = new ArrayList<>();
        for (Node c : n.children) {
            providers.add(provider(c, f));
        }
        return new Receiver(party(n.loop, "2100B"),
                trace == null ? null : trace.segment("TRN").map(s -> Fields.text(s, 2)).orElse(null),
                trace == null ? List.of() : statuses(trace, f),
                trace == null ? null : totals(trace, "90", "AA", f), providers);
    }

    private static BillingProvider provider(Node n, Fields f) {
        Loop trace = n.loop.loop("2200C").orElse(null);
        List<Patient> patients = new ArrayList<>();
        for (Node c : n.children) {
            patients.add(patient(c, f));
        }
        List<Reference> refs = trace == null ? List.of()
                : trace.segments("REF").stream().map(s -> new Reference(Fields.text(s, 1), Fields.text(s, 2)))
                        .toList();
        return new BillingProvider(party(n.loop, "2100C"),
                trace == null ? null : trace.segment("TRN").map(s -> Fields.text(s, 2)).orElse(null),
                trace == null ? List.of() : statuses(trace, f), refs,
                trace == null ? null : totals(trace, "QA", "QC", f), patients);
    }

    private static Patient patient(Node n, Fields f) {
        List<ClaimStatus> claims = new ArrayList<>();
        for (Loop l : n.loop.loops("2200D")) {
            claims.add(claim(l, f));
        }
        return new Patient(party(n.loop, "2100D"), claims);
    }

    static DateRange range(Segment dtp, String loopId, Fields f) {
        if (dtp == null) {
            return null;
        }
        String format = dtp.value(2);
        String v = dtp.value(3);
        if ("RD8".equals(format)) {
            int dash = v.indexOf('-');
            if (dash < 0) {
                f.report(Severity.WARNING, SnipLevel.IMPLEMENTATION_GUIDE, Fields.VALUE_NOT_MAPPED, dtp, loopId, 3,
                        "DTP03 is not a CCYYMMDD-CCYYMMDD period: it is left empty in the typed record");
                return null;
            }
            return new DateRange(f.date(dtp, loopId, 3, v.substring(0, dash)),
                    f.date(dtp, loopId, 3, v.substring(dash + 1)));
        }
        LocalDate d = f.date(dtp, loopId, 3, v.isEmpty() ? null : v);
        return d == null ? null : new DateRange(d, null);
    }

    private static ClaimStatus claim(Loop l, Fields f) {
        String id = "2200D";
        List<LineStatus> lines = new ArrayList<>();
        for (Loop line : l.loops("2220D")) {
            lines.add(line(line, f));
        }
        return new ClaimStatus(l.segment("TRN").map(s -> Fields.text(s, 2)).orElse(null), statuses(l, f),
                l.segment("REF", 1, "1K").map(s -> Fields.text(s, 2)).orElse(null),
                l.segment("REF", 1, "D9").map(s -> Fields.text(s, 2)).orElse(null),
                l.segment("REF", 1, "BLT").map(s -> Fields.text(s, 2)).orElse(null),
                range(l.segment("DTP", 1, "472").orElse(null), id, f), lines);
    }

    private static LineStatus line(Loop l, Fields f) {
        String id = "2220D";
        Segment svc = l.segment("SVC").orElse(null);
        Procedure procedure = null;
        if (svc != null && !svc.element(1).isEmpty()) {
            Element e = svc.element(1);
            List<String> modifiers = new ArrayList<>();
            for (int c = 3; c <= 6; c++) {
                if (!e.component(c).isEmpty()) {
                    modifiers.add(e.component(c));
                }
            }
            procedure = new Procedure(e.component(1).isEmpty() ? null : e.component(1),
                    e.component(2).isEmpty() ? null : e.component(2), modifiers);
        }
        return new LineStatus(procedure, svc == null ? null : f.decimal(svc, id, 2), Fields.text(svc, 4),
                svc == null ? null : f.decimal(svc, id, 7), statuses(l, f),
                l.segment("REF", 1, "FJ").map(s -> Fields.text(s, 2)).orElse(null),
                l.segment("REF", 1, "XZ").map(s -> Fields.text(s, 2)).orElse(null),
                range(l.segment("DTP", 1, "472").orElse(null), id, f));
    }

    // ------------------------------------------------------------------ writing

    @Override
    public Loop toBody(ClaimAck277 v) {
        Loop.Builder b = Loop.builder("277");
        b.add(Segment.of("BHT", "0085", "08", v.referenceId(), Fields.date(v.creationDate()), v.creationTime(),
                "TH"));
        int[] next = {1};
        for (InformationSource s : v.sources()) {
            int id = next[0]++;
            Loop.Builder a = Loop.builder(SOURCE);
            a.add(Segment.of("HL", String.valueOf(id), null, "20", "1"));
            a.add(Loop.of("2100A", nm1(s.name())));
            for (Receipt r : s.receipts()) {
                Loop.Builder t = Loop.builder("2200A");
                t.add(Segment.of("TRN", "1", r.traceNumber()));
                if (r.receiptDate() != null) {
                    t.add(Segment.of("DTP", "050", "D8", Fields.date(r.receiptDate())));
                }
                if (r.processDate() != null) {
                    t.add(Segment.of("DTP", "009", "D8", Fields.date(r.processDate())));
                }
                a.add(t.build());
            }
            b.add(a.build());
            for (Receiver r : s.receivers()) {
                receiver(b, r, id, next);
            }
        }
        return b.build();
    }

    private static Segment nm1(Party p) {
        if (p == null) {
            return new Segment("NM1", List.of());
        }
        return Segment.of("NM1", p.entityCode(), p.entityType(), p.lastOrOrganization(), p.first(), p.middle(), null,
                p.suffix(), p.idQualifier(), p.id());
    }

    private static Element statusCode(StatusCode c) {
        return c == null ? Element.EMPTY : Fields.composite(java.util.Arrays.asList(c.category(), c.code(), c.entity()));
    }

    private static void statuses(Loop.Builder b, List<Status> statuses) {
        for (Status s : statuses) {
            List<Element> e = new ArrayList<>();
            e.add(statusCode(s.status()));
            e.add(Element.of(Fields.date(s.effectiveDate())));
            e.add(Element.of(s.actionCode()));
            e.add(Element.of(Fields.amount(s.amount())));
            for (int p = 5; p <= 9; p++) {
                e.add(Element.EMPTY);
            }
            e.add(s.additional().size() > 0 ? statusCode(s.additional().get(0)) : Element.EMPTY);
            e.add(s.additional().size() > 1 ? statusCode(s.additional().get(1)) : Element.EMPTY);
            e.add(Element.of(s.message()));
            b.add(new Segment("STC", e));
        }
    }

    private static void totals(Loop.Builder b, Totals t, String accepted, String rejected) {
        if (t == null) {
            return;
        }
        if (t.acceptedQuantity() != null) {
            b.add(Segment.of("QTY", accepted, Fields.amount(t.acceptedQuantity())));
        }
        if (t.rejectedQuantity() != null) {
            b.add(Segment.of("QTY", rejected, Fields.amount(t.rejectedQuantity())));
        }
        if (t.acceptedAmount() != null) {
            b.add(Segment.of("AMT", "YU", Fields.amount(t.acceptedAmount())));
        }
        if (t.rejectedAmount() != null) {
            b.add(Segment.of("AMT", "YY", Fields.amount(t.rejectedAmount())));
        }
    }

    private static String childCode(boolean hasChildren) {
        return hasChildren ? "1" : "0";
    }

    private static void receiver(Loop.Builder body, Receiver r, int parent, int[] next) {
        int id = next[0]++;
        Loop.Builder b = Loop.builder(RECEIVER);
        b.add(Segment.of("HL", String.valueOf(id), String.valueOf(parent), "21", childCode(!r.providers().isEmpty())));
        b.add(Loop.of("2100B", nm1(r.name())));
        Loop.Builder t = Loop.builder("2200B");
        t.add(Segment.of("TRN", "2", r.traceNumber()));
        statuses(t, r.statuses());
        totals(t, r.totals(), "90", "AA");
        b.add(t.build());
        body.add(b.build());
        for (BillingProvider p : r.providers()) {
            provider(body, p, id, next);
        }
    }

    private static void provider(Loop.Builder body, BillingProvider p, int parent, int[] next) {
        int id = next[0]++;
        Loop.Builder b = Loop.builder(PROVIDER);
        b.add(Segment.of("HL", String.valueOf(id), String.valueOf(parent), "19", childCode(!p.patients().isEmpty())));
        b.add(Loop.of("2100C", nm1(p.name())));
        Loop.Builder t = Loop.builder("2200C");
        t.add(Segment.of("TRN", "1", p.traceNumber()));
        statuses(t, p.statuses());
        p.references().forEach(r -> t.add(Segment.of("REF", r.qualifier(), r.value())));
        totals(t, p.totals(), "QA", "QC");
        b.add(t.build());
        body.add(b.build());
        for (Patient pt : p.patients()) {
            patient(body, pt, id, next);
        }
    }

    private static Segment dtp(DateRange r) {
        if (r == null) {
            return null;
        }
        if (r.to() == null) {
            return Segment.of("DTP", "472", "D8", Fields.date(r.from()));
        }
        return Segment.of("DTP", "472", "RD8", Fields.date(r.from()) + "-" + Fields.date(r.to()));
    }

    private static void patient(Loop.Builder body, Patient p, int parent, int[] next) {
        int id = next[0]++;
        Loop.Builder b = Loop.builder(PATIENT);
        b.add(Segment.of("HL", String.valueOf(id), String.valueOf(parent), "PT"));
        b.add(Loop.of("2100D", nm1(p.name())));
        for (ClaimStatus c : p.claims()) {
            Loop.Builder t = Loop.builder("2200D");
            t.add(Segment.of("TRN", "2", c.patientControlNumber()));
            statuses(t, c.statuses());
            if (c.payerClaimControlNumber() != null) {
                t.add(Segment.of("REF", "1K", c.payerClaimControlNumber()));
            }
            if (c.clearinghouseTraceNumber() != null) {
                t.add(Segment.of("REF", "D9", c.clearinghouseTraceNumber()));
            }
            if (c.billType() != null) {
                t.add(Segment.of("REF", "BLT", c.billType()));
            }
            t.add(dtp(c.serviceDate()));
            for (LineStatus l : c.lines()) {
                Loop.Builder s = Loop.builder("2220D");
                Element proc = Element.EMPTY;
                if (l.procedure() != null) {
                    List<String> comps = new ArrayList<>();
                    comps.add(l.procedure().qualifier());
                    comps.add(l.procedure().code());
                    comps.addAll(l.procedure().modifiers());
                    proc = Fields.composite(comps);
                }
                s.add(Segment.of("SVC", proc, Element.of(Fields.amount(l.charge())), Element.EMPTY,
                        Element.of(l.revenueCode()), Element.EMPTY, Element.EMPTY, Element.of(Fields.amount(l.units()))));
                statuses(s, l.statuses());
                if (l.lineItemControlNumber() != null) {
                    s.add(Segment.of("REF", "FJ", l.lineItemControlNumber()));
                }
                if (l.prescriptionNumber() != null) {
                    s.add(Segment.of("REF", "XZ", l.prescriptionNumber()));
                }
                s.add(dtp(l.serviceDate()));
                t.add(s.build());
            }
            b.add(t.build());
        }
        body.add(b.build());
    }

    // ------------------------------------------------------------------ rules

    @Override
    public void check(TransactionSet transaction, ClaimAck277 value, FindingSink findings) {
        ClaimAck277Rules.check(transaction, findings);
    }

}
