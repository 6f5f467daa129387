package io.revcycle.x12.claim;

import static io.revcycle.x12.claim.Fields.dec;
import static io.revcycle.x12.claim.Fields.family;
import static io.revcycle.x12.claim.Fields.first;
import static io.revcycle.x12.claim.Fields.integer;
import static io.revcycle.x12.claim.Fields.str;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.revcycle.x12.model.Element;
import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.model.X12Node;
import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.FindingSink;
import io.revcycle.x12.validate.Location;
import io.revcycle.x12.validate.Severity;
import io.revcycle.x12.validate.SnipLevel;

/**
 * SNIP 3 (balancing) and SNIP 4 (situational) rules of the 837P and 837I guides, checked on the loop tree so every
 * finding points at its segment. The rule codes are listed in common-x12/docs/claims-837.md.
 */
final class Claim837Rules {

    static final String CLAIM_TOTAL = "837_CLAIM_TOTAL";
    static final String CLAIM_LINES = "837_CLAIM_LINES";
    static final String PATIENT_LOOP = "837_PATIENT_LOOP";
    static final String HL_NUMBERING = "837_HL_NUMBERING";
    static final String HL_PARENT = "837_HL_PARENT";
    static final String HL_CHILD_CODE = "837_HL_CHILD_CODE";
    static final String DIAGNOSIS_COUNT = "837_DIAGNOSIS_COUNT";
    static final String DIAGNOSIS_POINTER = "837_DIAGNOSIS_POINTER";
    static final String COB_PAYER_PAID = "837_COB_PAYER_PAID";
    static final String COB_CLAIM_BALANCE = "837_COB_CLAIM_BALANCE";
    static final String COB_LINE_BALANCE = "837_COB_LINE_BALANCE";
    static final String NPI = "837_NPI";

    private final TransactionSet tx;
    private final boolean inst;
    private final FindingSink sink;

    private Claim837Rules(TransactionSet tx, boolean inst, FindingSink sink) {
        this.tx = tx;
        this.inst = inst;
        this.sink = sink;
    }

    static void check(TransactionSet tx, boolean institutional, FindingSink sink) {
        if (tx.body() != null) {
            new Claim837Rules(tx, institutional, sink).check();
        }
    }

    private void check() {
        hierarchy();
        npis(tx.body(), "837");
    }

    private void report(SnipLevel level, String code, String x12, Segment at, String loopId, int element,
            int component, String message) {
        sink.report(new Finding(Severity.ERROR, level,
                Location.inTransaction(tx.controlNumber(), at, loopId, element, component), code, x12, message));
    }

    // ------------------------------------------------------------------------------------------------ HL and 2000C
    private void hierarchy() {
        // the 2000 loops and their HL, found once for both passes
        List<Loop> levels = new ArrayList<>();
        List<Segment> hls = new ArrayList<>();
        for (X12Node node : tx.body().children()) {
            if (node instanceof Loop l && family(l) == 2000) {
                levels.add(l);
                hls.add(first(l, "HL"));
            }
        }
        Map<String, String> levelOf = new HashMap<>();
        Map<String, Integer> children = new HashMap<>();
        int expected = 1;
        for (int i = 0; i < levels.size(); i++) {
            Loop l = levels.get(i);
            Segment hl = hls.get(i);
            if (hl == null) {
                continue;
            }
            String id = str(hl, 1);
            Integer n = integer(id);
            if (n == null || n != expected) {
                report(SnipLevel.SITUATIONAL, HL_NUMBERING, "I12", hl, l.id(), 1, 0,
                        "HL01 (hierarchical id) must number the levels 1, 2, 3... in order; expected " + expected
                                + " here.");
            }
            expected = (n == null ? expected : n) + 1;
            String level = str(hl, 3);
            String parent = str(hl, 2);
            String wanted = "22".equals(level) ? "20" : "23".equals(level) ? "22" : null;
            if (wanted != null) {
                String parentLevel = parent == null ? null : levelOf.get(parent);
                if (!wanted.equals(parentLevel)) {
                    report(SnipLevel.SITUATIONAL, HL_PARENT, "I12", hl, l.id(), 2, 0,
                            "HL02 (parent id) of a " + Guide837.SEGMENT_LEVEL.get(level)
                                    + " level must point to an earlier " + Guide837.SEGMENT_LEVEL.get(wanted)
                                    + " level (HL03 " + wanted + ").");
                } else {
                    children.merge(parent, 1, Integer::sum);
                }
            }
            if (id != null) {
                levelOf.putIfAbsent(id, level);
            }
        }
        for (int i = 0; i < levels.size(); i++) {
            Loop l = levels.get(i);
            Segment hl = hls.get(i);
            String id = str(hl, 1);
            if (hl == null || id == null) {
                continue;
            }
            boolean hasChildren = children.getOrDefault(id, 0) > 0;
            String hl04 = str(hl, 4);
            boolean subscriber = "22".equals(str(hl, 3));
            if (subscriber && hl04 != null && hasChildren != "1".equals(hl04)) {
                report(SnipLevel.SITUATIONAL, HL_CHILD_CODE, "I12", hl, l.id(), 4, 0,
                        "HL04 (hierarchical child code) must be 1 when patient levels follow this subscriber and 0"
                                + " when none do.");
            }
            if (subscriber) {
                patientLoop(l, hl, hasChildren);
            }
            for (X12Node node : l.children()) {
                if (node instanceof Loop claim && family(claim) == 2300) {
                    claim(claim);
                }
            }
        }
    }

    private void patientLoop(Loop subscriber, Segment hl, boolean hasPatients) {
        Segment sbr = first(subscriber, "SBR");
        boolean self = "18".equals(str(sbr, 2));
        if (self && hasPatients) {
            report(SnipLevel.SITUATIONAL, PATIENT_LOOP, "I9", sbr, subscriber.id(), 2, 0,
                    "The subscriber is the patient (SBR02 18), so no patient loop 2000C may follow this subscriber.");
        } else if (!self && !hasPatients) {
            report(SnipLevel.SITUATIONAL, PATIENT_LOOP, "I6", sbr == null ? hl : sbr, subscriber.id(), 2, 0,
                    "The subscriber is not the patient (SBR02 is not 18), so a patient loop 2000C with PAT is"
                            + " required after this subscriber.");
        } else if (!self && hasClaims(subscriber)) {
            report(SnipLevel.SITUATIONAL, PATIENT_LOOP, "I9", sbr, subscriber.id(), 2, 0,
                    "Claims (2300) belong under the patient loop 2000C when the subscriber is not the patient"
                            + " (SBR02 is not 18).");
        }
    }

    private static boolean hasClaims(Loop subscriber) {
        for (X12Node node : subscriber.children()) {
            if (node instanceof Loop l && family(l) == 2300) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------------ claims
    private void claim(Loop claim) {
        // one pass over the claim: its CLM, HI segments, lines (2400) and other payers (2320)
        Segment clm = null;
        List<Segment> his = new ArrayList<>(2);
        List<Loop> lines = new ArrayList<>();
        List<Loop> otherPayers = new ArrayList<>(2);
        for (X12Node node : claim.children()) {
            if (node instanceof Segment s) {
                if (clm == null && s.id().equals("CLM")) {
                    clm = s;
                } else if (s.id().equals("HI")) {
                    his.add(s);
                }
            } else if (node instanceof Loop l) {
                int fam = family(l);
                if (fam == 2400) {
                    lines.add(l);
                } else if (fam == 2320) {
                    otherPayers.add(l);
                }
            }
        }
        if (lines.isEmpty()) {
            report(SnipLevel.SITUATIONAL, CLAIM_LINES, "I7", clm, claim.id(), 0, 0,
                    "A claim needs at least one service line (loop 2400).");
        }
        BigDecimal total = dec(clm, 2);
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        // the service segment (SV1 or SV2) and charge of each line, by index in lines
        Segment[] services = new Segment[lines.size()];
        BigDecimal[] charges = new BigDecimal[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            services[i] = first(lines.get(i), inst ? "SV2" : "SV1");
            BigDecimal c = services[i] == null ? null : dec(services[i], inst ? 3 : 2);
            if (c == null) {
                complete = false;
            } else {
                sum = sum.add(c);
                charges[i] = c;
            }
        }
        if (total != null && complete && !lines.isEmpty() && total.compareTo(sum) != 0) {
            report(SnipLevel.BALANCING, CLAIM_TOTAL, "I12", clm, claim.id(), 2, 0,
                    "CLM02 (total claim charge) " + total.toPlainString() + " is not the sum of the service line"
                            + " charges " + sum.toPlainString() + ".");
        }
        if (!inst) {
            diagnoses(claim, his, lines, services);
        }
        cob(otherPayers, total, lines, charges);
    }

    /** 837P: at most 12 diagnoses, and every SV107 pointer points to one of them. */
    private void diagnoses(Loop claim, List<Segment> his, List<Loop> lines, Segment[] sv1s) {
        int count = 0;
        for (Segment hi : his) {
            String q = hi.component(1, 1);
            if (q.equals("ABK") || q.equals("BK")) {
                for (int i = 1; i <= hi.size(); i++) {
                    if (!hi.element(i).isEmpty()) {
                        count++;
                    }
                }
                if (count > 12) {
                    report(SnipLevel.SITUATIONAL, DIAGNOSIS_COUNT, "I12", hi, claim.id(), 13, 0,
                            "An 837P claim carries at most 12 diagnosis codes; this one has " + count + ".");
                }
            }
        }
        for (int l = 0; l < lines.size(); l++) {
            Segment sv1 = sv1s[l];
            if (sv1 == null) {
                continue;
            }
            Element pointers = sv1.element(7);
            for (int i = 1; i <= pointers.components().size(); i++) {
                String p = pointers.component(i);
                if (p.isEmpty()) {
                    continue;
                }
                Integer n = integer(p);
                if (n == null || n < 1 || n > count) {
                    report(SnipLevel.SITUATIONAL, DIAGNOSIS_POINTER, "I12", sv1, lines.get(l).id(), 7, i,
                            "SV107 diagnosis pointer " + p + " does not point to one of the claim's " + count
                                    + " diagnosis codes.");
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ COB (2320)
    private void cob(List<Loop> otherPayers, BigDecimal total, List<Loop> lines, BigDecimal[] charges) {
        for (Loop other : otherPayers) {
            String payerId = otherPayerId(other);
            Segment paidSeg = other.segment("AMT", 1, "D").orElse(null);
            BigDecimal paid = dec(paidSeg, 2);
            BigDecimal claimAdjustments = casTotal(other);
            BigDecimal linePaid = BigDecimal.ZERO;
            BigDecimal lineAdjustments = BigDecimal.ZERO;
            boolean anyLine = false;
            for (int i = 0; i < lines.size(); i++) {
                for (X12Node node : lines.get(i).children()) {
                    if (!(node instanceof Loop adj) || family(adj) != 2430) {
                        continue;
                    }
                    Segment svd = first(adj, "SVD");
                    if (payerId == null || !payerId.equals(str(svd, 1))) {
                        continue;
                    }
                    anyLine = true;
                    BigDecimal svdPaid = dec(svd, 2);
                    BigDecimal cas = casTotal(adj);
                    if (svdPaid != null) {
                        linePaid = linePaid.add(svdPaid);
                    }
                    lineAdjustments = lineAdjustments.add(cas);
                    BigDecimal charge = charges[i];
                    if (charge != null && svdPaid != null && str(svd, 6) == null
                            && charge.subtract(cas).compareTo(svdPaid) != 0) {
                        report(SnipLevel.BALANCING, COB_LINE_BALANCE, "I12", svd, adj.id(), 2, 0,
                                "SVD02 (paid by the other payer) " + svdPaid.toPlainString() + " plus the line's"
                                        + " adjustments " + cas.toPlainString() + " must equal the line charge "
                                        + charge.toPlainString() + ".");
                    }
                }
            }
            if (paid == null) {
                continue;
            }
            if (anyLine && linePaid.compareTo(paid) != 0) {
                report(SnipLevel.BALANCING, COB_PAYER_PAID, "I12", paidSeg, other.id(), 2, 0,
                        "AMT02 (other payer paid) " + paid.toPlainString() + " must equal the sum of that payer's"
                                + " line payments (SVD02) " + linePaid.toPlainString() + ".");
            }
            if (total != null) {
                BigDecimal balance = total.subtract(paid).subtract(claimAdjustments).subtract(lineAdjustments);
                if (balance.signum() != 0) {
                    report(SnipLevel.BALANCING, COB_CLAIM_BALANCE, "I12", paidSeg, other.id(), 2, 0,
                            "For the other payer, CLM02 (total claim charge) " + total.toPlainString()
                                    + " must equal its paid amount " + paid.toPlainString()
                                    + " plus its claim and line adjustments "
                                    + claimAdjustments.add(lineAdjustments).toPlainString() + ".");
                }
            }
        }
    }

    /** NM109 of the first 2330 loop whose NM1 is the payer (NM101 PR) and has one; null when none has. */
    private static String otherPayerId(Loop otherPayer) {
        for (X12Node node : otherPayer.children()) {
            if (node instanceof Loop l && family(l) == 2330) {
                Segment nm1 = first(l, "NM1");
                if ("PR".equals(str(nm1, 1)) && !nm1.value(9).isEmpty()) {
                    return nm1.value(9);
                }
            }
        }
        return null;
    }

    private static BigDecimal casTotal(Loop loop) {
        BigDecimal sum = BigDecimal.ZERO;
        for (X12Node node : loop.children()) {
            if (node instanceof Segment cas && cas.id().equals("CAS")) {
                for (int i = 0; i < 6; i++) {
                    BigDecimal a = dec(cas, 3 + i * 3);
                    if (a != null) {
                        sum = sum.add(a);
                    }
                }
            }
        }
        return sum;
    }

    // ------------------------------------------------------------------------------------------------ NPI
    private void npis(Loop loop, String loopId) {
        for (var node : loop.children()) {
            if (node instanceof Loop l) {
                npis(l, l.id());
            } else if (node instanceof Segment s && s.id().equals("NM1") && "XX".equals(str(s, 8))) {
                String npi = s.value(9);
                if (!validNpi(npi)) {
                    report(SnipLevel.SITUATIONAL, NPI, "I12", s, loopId, 9, 0,
                            "NM109 is not a valid NPI: an NPI (NM108 XX) has 10 digits and a Luhn check digit"
                                    + " computed with the prefix 80840.");
                }
            }
        }
    }

    /** 10 digits whose Luhn check over "80840" + the first 9 digits gives the 10th. */
    static boolean validNpi(String npi) {
        if (npi == null || npi.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (!Character.isDigit(npi.charAt(i))) {
                return false;
            }
        }
        return checkDigit(npi, 9) == npi.charAt(9) - '0';
    }

    /** The check digit of the first 9 NPI digits. */
    static int npiCheckDigit(String first9) {
        return checkDigit(first9, first9.length());
    }

    private static final String NPI_PREFIX = "80840";

    /** The Luhn check digit of "80840" + the first {@code length} characters of {@code s}, read in place. */
    private static int checkDigit(String s, int length) {
        int sum = 0;
        boolean doubled = true;
        for (int i = NPI_PREFIX.length() + length - 1; i >= 0; i--) {
            char c = i < NPI_PREFIX.length() ? NPI_PREFIX.charAt(i) : s.charAt(i - NPI_PREFIX.length());
            int d = c - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }

    static List<String> codes() {
        return new ArrayList<>(List.of(CLAIM_TOTAL, CLAIM_LINES, PATIENT_LOOP, HL_NUMBERING, HL_PARENT, HL_CHILD_CODE,
                DIAGNOSIS_COUNT, DIAGNOSIS_POINTER, COB_PAYER_PAID, COB_CLAIM_BALANCE, COB_LINE_BALANCE, NPI));
    }
}
