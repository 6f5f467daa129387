package io.revcycle.x12.ack;

import java.util.ArrayList;
import java.util.List;

import io.revcycle.x12.ack.Ack999.Context;
import io.revcycle.x12.ack.Ack999.ElementError;
import io.revcycle.x12.ack.Ack999.GroupAckCode;
import io.revcycle.x12.ack.Ack999.GroupResponse;
import io.revcycle.x12.ack.Ack999.SegmentError;
import io.revcycle.x12.ack.Ack999.TransactionAckCode;
import io.revcycle.x12.ack.Ack999.TransactionResponse;
import io.revcycle.x12.ack.Ack999.TransactionStatus;
import io.revcycle.x12.model.Element;
import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.spi.GuideSupport;
import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.FindingSink;
import io.revcycle.x12.validate.Location;
import io.revcycle.x12.validate.Severity;
import io.revcycle.x12.validate.SnipLevel;

/** 999 005010X231A1: loops "2000" (AK2..IK5), "2100" (IK3, CTX), "2110" (IK4, CTX); AK1 and AK9 in the body. */
public final class Ack999Support extends GuideSupport<Ack999> {

    public static final String GUIDE = "005010X231A1";

    public Ack999Support() {
        super("999", GUIDE, List.of(), "FA", Ack999.class);
    }

    // ------------------------------------------------------------------------------------------------ fromBody

    @Override
    public Ack999 fromBody(TransactionSet tx, FindingSink findings) {
        Loop body = tx.body();
        Reader r = new Reader(tx.controlNumber(), findings);
        Segment ak1 = body.segment("AK1").orElse(null);
        List<TransactionResponse> responses = new ArrayList<>();
        for (Loop l2000 : body.loops("2000")) {
            responses.add(r.transaction(l2000));
        }
        Segment ak9 = body.segment("AK9").orElse(null);
        GroupResponse response = null;
        if (ak9 != null) {
            GroupAckCode code = r.enumValue(GroupAckCode.class, ak9, 1, null);
            response = new GroupResponse(code, r.number(ak9, 2, null), r.number(ak9, 3, null),
                    r.number(ak9, 4, null), codes(ak9, 5, 9));
        }
        return new Ack999(ak1 == null ? null : blankToNull(ak1.value(1)), ak1 == null ? null : blankToNull(ak1.value(2)),
                ak1 == null ? null : blankToNull(ak1.value(3)), responses, response);
    }

    private static List<String> codes(Segment s, int from, int to) {
        List<String> c = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            if (!s.value(i).isEmpty()) {
                c.add(s.value(i));
            }
        }
        return c;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static final class Reader {
        private final String st02;
        private final FindingSink sink;

        Reader(String st02, FindingSink sink) {
            this.st02 = st02;
            this.sink = sink;
        }

        int number(Segment s, int position, String loopId) {
            return number(s, s.value(position), position, 0, loopId);
        }

        /** A whole number; 0 when absent or not a number (the schema reports that, as IK403 6). */
        int number(Segment s, String text, int position, int component, String loopId) {
            if (text.isEmpty() || text.length() > 9) {
                return 0;
            }
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        /** The code as an enum; null when absent or not a code of the guide (the schema reports that). */
        <E extends Enum<E>> E enumValue(Class<E> type, Segment s, int position, String loopId) {
            String v = s.value(position);
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(v)) {
                    return e;
                }
            }
            return null;
        }

        TransactionResponse transaction(Loop l2000) {
            Segment ak2 = l2000.segment("AK2").orElse(null);
            List<SegmentError> errors = new ArrayList<>();
            for (Loop l2100 : l2000.loops("2100")) {
                errors.add(segmentError(l2100));
            }
            Segment ik5 = l2000.segment("IK5").orElse(null);
            TransactionStatus status = null;
            if (ik5 != null) {
                status = new TransactionStatus(enumValue(TransactionAckCode.class, ik5, 1, "2000"), codes(ik5, 2, 6));
            }
            return new TransactionResponse(ak2 == null ? null : blankToNull(ak2.value(1)),
                    ak2 == null ? null : blankToNull(ak2.value(2)), ak2 == null ? null : blankToNull(ak2.value(3)),
                    errors, status);
        }

        SegmentError segmentError(Loop l2100) {
            Segment ik3 = l2100.segment("IK3").orElse(null);
            List<Context> contexts = l2100.segments("CTX").stream().map(c -> context(c, "2100")).toList();
            List<ElementError> elements = new ArrayList<>();
            for (Loop l2110 : l2100.loops("2110")) {
                Segment ik4 = l2110.segment("IK4").orElse(null);
                if (ik4 == null) {
                    continue;
                }
                Element c030 = ik4.element(1);
                elements.add(new ElementError(number(ik4, c030.component(1), 1, 1, "2110"),
                        number(ik4, c030.component(2), 1, 2, "2110"), number(ik4, c030.component(3), 1, 3, "2110"),
                        blankToNull(ik4.value(2)), blankToNull(ik4.value(3)), blankToNull(ik4.value(4)),
                        l2110.segments("CTX").stream().map(c -> context(c, "2110")).toList()));
            }
            if (ik3 == null) {
                return new SegmentError(null, 0, null, null, contexts, elements);
            }
            return new SegmentError(blankToNull(ik3.value(1)), number(ik3, 2, "2100"), blankToNull(ik3.value(3)),
                    blankToNull(ik3.value(4)), contexts, elements);
        }

        Context context(Segment ctx, String loopId) {
            Element c998 = ctx.element(1);
            Element c030 = ctx.element(5);
            return new Context(blankToNull(c998.component(1)), blankToNull(c998.component(2)),
                    blankToNull(ctx.value(2)), number(ctx, 3, loopId), blankToNull(ctx.value(4)),
                    number(ctx, c030.component(1), 5, 1, loopId), number(ctx, c030.component(2), 5, 2, loopId),
                    number(ctx, c030.component(3), 5, 3, loopId), blankToNull(ctx.element(6).component(1)));
        }
    }

    // -------------------------------------------------------------------------------------------------- toBody

    @Override
    public Loop toBody(Ack999 ack) {
        Loop.Builder body = Loop.builder("999");
        body.add(Segment.of("AK1", ack.functionalIdentifier(), ack.groupControlNumber(), ack.version()));
        for (TransactionResponse t : ack.transactions()) {
            Loop.Builder l2000 = Loop.builder("2000");
            l2000.add(Segment.of("AK2", t.transactionSetId(), t.controlNumber(), t.implementationReference()));
            for (SegmentError e : t.segmentErrors()) {
                Loop.Builder l2100 = Loop.builder("2100");
                l2100.add(Segment.of("IK3", e.segmentId(), num(e.position()), e.loopId(), e.errorCode()));
                e.contexts().forEach(c -> l2100.add(ctx(c)));
                for (ElementError el : e.elementErrors()) {
                    Loop.Builder l2110 = Loop.builder("2110");
                    l2110.add(Segment.of("IK4",
                            Element.composite(num(el.elementPosition()), num(el.componentPosition()),
                                    num(el.repetitionPosition())),
                            Element.of(el.dataElementReference()), Element.of(el.errorCode()),
                            Element.of(el.badData())));
                    el.contexts().forEach(c -> l2110.add(ctx(c)));
                    l2100.add(l2110.build());
                }
                l2000.add(l2100.build());
            }
            TransactionStatus s = t.status();
            List<String> ik5 = new ArrayList<>();
            ik5.add(s == null || s.code() == null ? null : s.code().name());
            if (s != null) {
                ik5.addAll(s.errorCodes());
            }
            l2000.add(Segment.of("IK5", ik5.toArray(String[]::new)));
            body.add(l2000.build());
        }
        GroupResponse g = ack.response();
        List<String> ak9 = new ArrayList<>();
        if (g != null) {
            ak9.add(g.code() == null ? null : g.code().name());
            ak9.add(Integer.toString(g.included()));
            ak9.add(Integer.toString(g.received()));
            ak9.add(Integer.toString(g.accepted()));
            ak9.addAll(g.errorCodes());
        }
        body.add(Segment.of("AK9", ak9.toArray(String[]::new)));
        return body.build();
    }

    private static String num(int n) {
        return n <= 0 ? null : Integer.toString(n);
    }

    private static Segment ctx(Context c) {
        Element c030 = Element.composite(num(c.elementPosition()), num(c.componentPosition()),
                num(c.repetitionPosition()));
        return Segment.of("CTX", Element.composite(c.name(), c.reference()), Element.of(c.segmentId()),
                Element.of(num(c.segmentPosition())), Element.of(c.loopId()), c030,
                Element.composite(c.elementReference()));
    }

    // --------------------------------------------------------------------------------------------------- check

    /**
     * Missing segments, unknown codes and malformed numbers are reported by the schema (SNIP 1/2); fromBody leaves
     * them null or 0.
     *
     * SNIP 3/4 of a 999: AK9 counts agree with each other and with the IK5 statuses; AK901 agrees with the counts;
     * a rejected IK5 names a reason; an accepted IK5 has no IK3.
     */
    @Override
    public void check(TransactionSet tx, Ack999 ack, FindingSink findings) {
        Segment ak9 = tx.body().segment("AK9").orElse(null);
        GroupResponse g = ack.response();
        if (g == null) {
            return;
        }
        if (g.accepted() > g.received() || g.received() > g.included()) {
            findings.report(new Finding(Severity.ERROR, SnipLevel.BALANCING,
                    Location.inTransaction(tx.controlNumber(), ak9, null, 4, 0), "999_AK9_COUNTS", null,
                    "AK9 counts do not add up: accepted (AK904) must not exceed received (AK903), and received must "
                            + "not exceed included (AK902)."));
        }
        int ak2 = ack.transactions().size();
        long accepted = ack.transactions().stream()
                .filter(t -> t.status() != null && t.status().code() != null && t.status().code().accepted())
                .count();
        boolean allCoded = ack.transactions().stream().allMatch(t -> t.status() != null && t.status().code() != null);
        if (ak2 > 0 && allCoded && ak2 == g.received() && accepted != g.accepted()) {
            findings.report(new Finding(Severity.ERROR, SnipLevel.BALANCING,
                    Location.inTransaction(tx.controlNumber(), ak9, null, 4, 0), "999_AK9_ACCEPTED_COUNT", null,
                    "AK904 says " + g.accepted() + " transaction sets were accepted but " + accepted
                            + " IK5 segments accept theirs."));
        }
        if (g.code() != null && allCoded) {
            GroupAckCode expected;
            boolean anyErrorsNoted = ack.transactions().stream()
                    .anyMatch(t -> t.status() != null && t.status().code() == TransactionAckCode.E);
            if (g.received() > 0 && g.accepted() == 0) {
                expected = GroupAckCode.R;
            } else if (g.accepted() < g.received()) {
                expected = GroupAckCode.P;
            } else if (anyErrorsNoted) {
                expected = GroupAckCode.E;
            } else {
                expected = GroupAckCode.A;
            }
            boolean groupErrors = !g.errorCodes().isEmpty();
            boolean ok = g.code() == expected || (groupErrors && g.code() == GroupAckCode.R)
                    || (expected == GroupAckCode.A && g.code() == GroupAckCode.E && groupErrors);
            if (!ok) {
                findings.report(new Finding(Severity.ERROR, SnipLevel.SITUATIONAL,
                        Location.inTransaction(tx.controlNumber(), ak9, null, 1, 0), "999_AK9_STATUS", null,
                        "AK901 is " + g.code() + " but the counts and IK5 statuses call for " + expected + "."));
            }
        }
        List<Loop> loops = tx.body().loops("2000");
        for (int i = 0; i < ack.transactions().size(); i++) {
            TransactionResponse t = ack.transactions().get(i);
            Segment ik5 = i < loops.size() ? loops.get(i).segment("IK5").orElse(null) : null;
            if (t.status() == null || t.status().code() == null) {
                continue;
            }
            if (!t.status().code().accepted() && t.status().errorCodes().isEmpty() && t.segmentErrors().isEmpty()) {
                findings.report(new Finding(Severity.ERROR, SnipLevel.SITUATIONAL,
                        Location.inTransaction(tx.controlNumber(), ik5, "2000", 2, 0), "999_IK5_REASON_MISSING",
                        "I5", "IK5 rejects transaction set " + t.controlNumber()
                                + " but gives no reason: IK502 or an IK3 is required."));
            }
            if (t.status().code() == TransactionAckCode.A && !t.segmentErrors().isEmpty()) {
                findings.report(new Finding(Severity.ERROR, SnipLevel.SITUATIONAL,
                        Location.inTransaction(tx.controlNumber(), ik5, "2000", 1, 0), "999_IK5_ACCEPTED_WITH_ERRORS",
                        null, "IK5 accepts transaction set " + t.controlNumber()
                                + " without noting errors (A) but it has IK3 errors: use E or R."));
            }
        }
    }
}
