package io.revcycle.x12.remit;

import java.math.BigDecimal;

import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.model.X12Node;
import io.revcycle.x12.validate.FindingSink;
import io.revcycle.x12.validate.Severity;
import io.revcycle.x12.validate.SnipLevel;

/**
 * SNIP 3 balancing and SNIP 4 situational rules of the 835 (005010X221A1), checked on the loop tree so that every
 * finding points at the segment and element that break the rule. Amounts that cannot be read are left to the schema's
 * findings and the rule that needs them is skipped.
 */
public final class Remittance835Rules {

    public static final String BPR_BALANCE = "835_BPR_BALANCE";
    public static final String CLAIM_BALANCE = "835_CLAIM_BALANCE";
    public static final String SERVICE_BALANCE = "835_SERVICE_BALANCE";
    public static final String PATIENT_RESPONSIBILITY = "835_PATIENT_RESPONSIBILITY";
    public static final String PAYER_TECHNICAL_CONTACT = "835_PAYER_TECHNICAL_CONTACT";
    public static final String BANK_DETAILS = "835_BPR_BANK_DETAILS";
    public static final String NON_PAYMENT = "835_BPR_NON_PAYMENT";
    public static final String REVERSAL_AMOUNTS = "835_REVERSAL_AMOUNTS";
    public static final String SERVICE_DATES = "835_SERVICE_DATES";

    private static final FindingSink IGNORE = f -> {
    };

    private Remittance835Rules() {
    }

    public static void check(TransactionSet transaction, FindingSink findings) {
        if (transaction == null || transaction.body() == null) {
            return;
        }
        Fields report = new Fields(transaction.controlNumber(), findings);
        Fields quiet = new Fields(transaction.controlNumber(), IGNORE);
        try {
            run(transaction.body(), report, quiet);
        } catch (RuntimeException e) {
            report.report(Severity.ERROR, SnipLevel.SITUATIONAL, "CHECK_FAILED", null, null, 0,
                    "The 835 rules could not be checked (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static void run(Loop body, Fields report, Fields quiet) {
        Segment bpr = body.segment("BPR").orElse(null);
        BigDecimal claimPayments = BigDecimal.ZERO;
        boolean paymentsKnown = true;
        for (Loop header : body.loops("2000")) {
            for (X12Node node : header.children()) {
                if (!(node instanceof Loop claim) || !claim.id().equals("2100")) {
                    continue;
                }
                Segment clp = claim.segment("CLP").orElse(null);
                if (clp == null) {
                    continue;
                }
                BigDecimal paid = quiet.decimal(clp, "2100", 4);
                if (paid == null) {
                    paymentsKnown = false;
                } else {
                    claimPayments = claimPayments.add(paid);
                }
                checkClaim(claim, clp, paid, report, quiet);
            }
        }
        BigDecimal plbTotal = BigDecimal.ZERO;
        for (Segment plb : body.segments("PLB")) {
            for (int p = 4; p <= 14; p += 2) {
                if (!plb.value(p).isEmpty()) {
                    BigDecimal a = quiet.decimal(plb, null, p);
                    if (a == null) {
                        paymentsKnown = false;
                    } else {
                        plbTotal = plbTotal.add(a);
                    }
                }
            }
        }
        if (bpr != null) {
            BigDecimal total = quiet.decimal(bpr, null, 2);
            if (total != null && paymentsKnown) {
                BigDecimal expected = claimPayments.subtract(plbTotal);
                if (total.compareTo(expected) != 0) {
                    report.report(Severity.ERROR, SnipLevel.BALANCING, BPR_BALANCE, bpr, null, 2,
                            "The total payment BPR02 " + total.toPlainString()
                                    + " does not balance: the claim payments (sum of CLP04) "
                                    + claimPayments.toPlainString() + " minus the provider adjustments (sum of PLB) "
                                    + plbTotal.toPlainString() + " make " + expected.toPlainString());
                }
            }
            checkPayment(bpr, total, report);
        }
        Loop payer = body.loop("1000A").orElse(null);
        if (payer != null && payer.segment("PER", 1, "BL").isEmpty()) {
            report.report(Severity.ERROR, SnipLevel.IMPLEMENTATION_GUIDE, PAYER_TECHNICAL_CONTACT,
                    payer.segment("N1").orElse(null), "1000A", 0,
                    "The payer technical contact (PER*BL) is missing in loop 1000A: 005010X221A1 requires it");
        }
    }

    private static void checkPayment(Segment bpr, BigDecimal total, Fields report) {
        String method = bpr.value(4);
        if (Codes.ELECTRONIC_METHODS.contains(method)) {
            int[] required = "ACH".equals(method) ? new int[] {5, 6, 7, 12, 13, 14, 15} : new int[] {6, 7, 12, 13, 14,
                    15};
            for (int p : required) {
                if (bpr.value(p).isEmpty()) {
                    report.report(Severity.ERROR, SnipLevel.SITUATIONAL, BANK_DETAILS, bpr, null, p,
                            "BPR" + String.format("%02d", p) + " (" + bprName(p)
                                    + ") is required when the payment method BPR04 is " + method);
                }
            }
        }
        if ("NON".equals(method) && total != null && total.signum() != 0) {
            report.report(Severity.ERROR, SnipLevel.SITUATIONAL, NON_PAYMENT, bpr, null, 2,
                    "BPR04 NON (non-payment data) needs a zero total payment, but BPR02 is " + total.toPlainString());
        }
    }

    private static String bprName(int p) {
        return switch (p) {
            case 5 -> "payment format code";
            case 6 -> "payer's bank id qualifier";
            case 7 -> "payer's bank id";
            case 12 -> "payee's bank id qualifier";
            case 13 -> "payee's bank id";
            case 14 -> "payee's account number qualifier";
            case 15 -> "payee's account number";
            default -> "bank details";
        };
    }

    /** The CAS amounts of a loop added up, all groups and group PR, in one pass. */
    private static final class CasSums {
        // null until the first amount: a sum of one amount (the usual case) is that amount, not a new ZERO.add(a)
        // (the same value and scale: 835 amounts have no exponent, so their scale is never below ZERO's)
        private BigDecimal all;
        private BigDecimal patient; // group PR
        boolean known = true; // false when an amount could not be read

        CasSums(Loop loop, Fields quiet) {
            for (X12Node node : loop.children()) {
                if (!(node instanceof Segment cas) || !cas.id().equals("CAS")) {
                    continue;
                }
                boolean pr = "PR".equals(cas.value(1));
                for (int p = 3; p <= 18; p += 3) {
                    if (!cas.value(p).isEmpty()) {
                        BigDecimal a = quiet.decimal(cas, loop.id(), p);
                        if (a == null) {
                            known = false;
                        } else {
                            all = all == null ? a : all.add(a);
                            if (pr) {
                                patient = patient == null ? a : patient.add(a);
                            }
                        }
                    }
                }
            }
        }

        BigDecimal all() {
            return all == null ? BigDecimal.ZERO : all;
        }

        BigDecimal patient() {
            return patient == null ? BigDecimal.ZERO : patient;
        }
    }

    private static void checkClaim(Loop claim, Segment clp, BigDecimal paid, Fields report, Fields quiet) {
        BigDecimal charge = quiet.decimal(clp, "2100", 3);
        CasSums claimCas = new CasSums(claim, quiet);
        boolean known = claimCas.known;
        BigDecimal lineCas = BigDecimal.ZERO;
        BigDecimal linePr = BigDecimal.ZERO;
        for (X12Node node : claim.children()) {
            if (!(node instanceof Loop line) || !line.id().equals("2110")) {
                continue;
            }
            CasSums sums = new CasSums(line, quiet);
            BigDecimal cas = sums.all();
            lineCas = lineCas.add(cas);
            linePr = linePr.add(sums.patient());
            known &= sums.known;
            Segment svc = line.segment("SVC").orElse(null);
            if (svc != null && sums.known) {
                BigDecimal svcCharge = quiet.decimal(svc, "2110", 2);
                BigDecimal svcPaid = quiet.decimal(svc, "2110", 3);
                if (svcCharge != null && svcPaid != null
                        && svcCharge.subtract(svcPaid).compareTo(cas) != 0) {
                    report.report(Severity.ERROR, SnipLevel.BALANCING, SERVICE_BALANCE, svc, "2110", 2,
                            "The service line does not balance: charge SVC02 " + svcCharge.toPlainString()
                                    + " minus payment SVC03 " + svcPaid.toPlainString() + " is "
                                    + svcCharge.subtract(svcPaid).toPlainString()
                                    + ", but its adjustments (CAS) add up to " + cas.toPlainString());
                }
            }
            checkServiceDates(line, report);
        }
        if (charge != null && paid != null && known) {
            BigDecimal adjustments = claimCas.all().add(lineCas);
            if (charge.subtract(paid).compareTo(adjustments) != 0) {
                report.report(Severity.ERROR, SnipLevel.BALANCING, CLAIM_BALANCE, clp, "2100", 3,
                        "The claim does not balance: charge CLP03 " + charge.toPlainString() + " minus payment CLP04 "
                                + paid.toPlainString() + " is " + charge.subtract(paid).toPlainString()
                                + ", but the claim and service adjustments (CAS) add up to "
                                + adjustments.toPlainString());
            }
        }
        if (known) {
            BigDecimal responsibility = clp.value(5).isEmpty() ? BigDecimal.ZERO : quiet.decimal(clp, "2100", 5);
            BigDecimal pr = claimCas.patient().add(linePr);
            if (responsibility != null && responsibility.compareTo(pr) != 0) {
                report.report(Severity.ERROR, SnipLevel.BALANCING, PATIENT_RESPONSIBILITY, clp, "2100", 5,
                        "The patient responsibility CLP05 " + (clp.value(5).isEmpty() ? "(absent, so 0)"
                                : responsibility.toPlainString())
                                + " does not equal the patient responsibility adjustments (CAS group PR) "
                                + pr.toPlainString());
            }
        }
        if ("22".equals(clp.value(2)) && charge != null && paid != null
                && (charge.signum() >= 0 || paid.signum() > 0)) {
            report.report(Severity.ERROR, SnipLevel.SITUATIONAL, REVERSAL_AMOUNTS, clp, "2100",
                    charge.signum() >= 0 ? 3 : 4,
                    "A reversal of a previous payment (CLP02 22) reverses the amounts: the charge CLP03 must be "
                            + "negative and the payment CLP04 not positive, but they are " + charge.toPlainString()
                            + " and " + paid.toPlainString());
        }
    }

    private static void checkServiceDates(Loop line, Fields report) {
        Segment single = null; // the first DTM*472, DTM*150 and DTM*151
        Segment start = null;
        Segment end = null;
        for (X12Node node : line.children()) {
            if (node instanceof Segment dtm && dtm.id().equals("DTM")) {
                switch (dtm.value(1)) {
                    case "472" -> single = single == null ? dtm : single;
                    case "150" -> start = start == null ? dtm : start;
                    case "151" -> end = end == null ? dtm : end;
                    default -> {
                    }
                }
            }
        }
        if (single != null && (start != null || end != null)) {
            report.report(Severity.ERROR, SnipLevel.SITUATIONAL, SERVICE_DATES, start != null ? start : end, "2110",
                    1, "A service line has either one service date (DTM*472) or a period (DTM*150 and DTM*151), "
                            + "not both");
        } else if ((start == null) != (end == null)) {
            report.report(Severity.ERROR, SnipLevel.SITUATIONAL, SERVICE_DATES, start != null ? start : end, "2110",
                    1, "A service period needs both its start (DTM*150) and its end (DTM*151)");
        }
    }
}
