package io.revcycle.remittance.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.revcycle.x12.remit.Remittance835;
import io.revcycle.x12.remit.Remittance835.AdjustmentGroup;
import io.revcycle.x12.remit.Remittance835.Claim;
import io.revcycle.x12.remit.Remittance835.ServicePayment;
import io.revcycle.messaging.PermanentEventException;

/** Reads the CLP loops of a typed 835 into {@link ReceivedClaimPayment}s, amounts at scale 2 (cents). */
public final class Remittance835Mapper {

    static final String ALLOWED_ACTUAL = "B6";
    static final String REMITTANCE_REMARK = "HE";
    static final String INTEREST = "I";
    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private Remittance835Mapper() {
    }

    /** Throws {@link PermanentEventException} for an amount with fractions of a cent (money here is exact to the cent). */
    public static ReceivedClaimPayment toReceived(Claim c, int position) {
        String where = "claim payment " + position;
        List<String> claimRemarks = new ArrayList<>();
        if (c.outpatient() != null) {
            claimRemarks.addAll(c.outpatient().remarkCodes());
        }
        if (c.inpatient() != null) {
            claimRemarks.addAll(c.inpatient().remarkCodes());
        }
        List<ReceivedClaimPayment.Line> lines = new ArrayList<>();
        int n = 0;
        for (ServicePayment s : c.services()) {
            n++;
            String line = where + " line " + n;
            BigDecimal allowed = s.amounts().stream().filter(a -> ALLOWED_ACTUAL.equals(a.qualifier())).findFirst()
                    .map(a -> money(a.amount(), line + " AMT*B6")).orElse(null);
            List<String> remarks = s.remarks().stream().filter(r -> REMITTANCE_REMARK.equals(r.qualifier()))
                    .map(Remittance835.Remark::code).toList();
            lines.add(new ReceivedClaimPayment.Line(n, blankToNull(s.lineItemControlNumber()),
                    s.procedure() == null ? "" : nullToEmpty(s.procedure().code()), money(s.charge(), line + " SVC02"),
                    money(s.paid(), line + " SVC03"), allowed, s.unitsPaid(), adjustments(s.adjustments(), line),
                    remarks));
        }
        BigDecimal interest = c.amounts().stream().filter(a -> INTEREST.equals(a.qualifier()))
                .map(a -> money(a.amount(), where + " AMT*I")).reduce(ZERO, BigDecimal::add);
        return new ReceivedClaimPayment(c.patientControlNumber(), c.status(), money(c.charge(), where + " CLP03"),
                money(c.paid(), where + " CLP04"), money(c.patientResponsibility(), where + " CLP05"),
                blankToNull(c.payerClaimControlNumber()), adjustments(c.adjustments(), where), claimRemarks, lines,
                interest);
    }

    /** BPR02 and other amounts outside the claims. */
    public static BigDecimal money(BigDecimal amount, String where) {
        if (amount == null) {
            return ZERO;
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new PermanentEventException("the amount of " + where + " has fractions of a cent");
        }
    }

    private static List<PostRemittanceCommand.Adjustment> adjustments(List<AdjustmentGroup> groups, String where) {
        List<PostRemittanceCommand.Adjustment> out = new ArrayList<>();
        for (AdjustmentGroup g : groups) {
            for (Remittance835.Adjustment a : g.adjustments()) {
                out.add(new PostRemittanceCommand.Adjustment(g.group(), a.reason(),
                        money(a.amount(), where + " CAS " + g.group() + "-" + a.reason())));
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
