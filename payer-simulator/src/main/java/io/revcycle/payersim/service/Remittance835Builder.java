package io.revcycle.payersim.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.payersim.domain.Payer;
import io.revcycle.payersim.domain.ReceivedClaim;
import io.revcycle.payersim.domain.ReceivedClaimLine;
import io.revcycle.x12.remit.Remittance835;
import io.revcycle.x12.remit.Remittance835.Adjustment;
import io.revcycle.x12.remit.Remittance835.AdjustmentGroup;
import io.revcycle.x12.remit.Remittance835.Amount;
import io.revcycle.x12.remit.Remittance835.BankAccount;
import io.revcycle.x12.remit.Remittance835.Claim;
import io.revcycle.x12.remit.Remittance835.Communication;
import io.revcycle.x12.remit.Remittance835.Contact;
import io.revcycle.x12.remit.Remittance835.HeaderGroup;
import io.revcycle.x12.remit.Remittance835.Name;
import io.revcycle.x12.remit.Remittance835.Payee;
import io.revcycle.x12.remit.Remittance835.Payment;
import io.revcycle.x12.remit.Remittance835.Procedure;
import io.revcycle.x12.remit.Remittance835.Remark;
import io.revcycle.x12.remit.Remittance835.ServicePayment;
import io.revcycle.x12.remit.Remittance835.Trace;

/**
 * One 835 (005010X221A1) for a payer's adjudicated claims of one payee: BPR with the total paid (ACH with synthetic
 * bank details, or check; a zero total is a notification only, BPR04 NON), TRN trace, payer N1 with PER*BL, payee N1
 * with its NPI, per claim CLP (CLM01, 1 or 4, charge, paid, patient share, filing indicator, payer claim control
 * number), NM1*QC, DTM*232/233 and per line SVC, DTM*472 (or 150/151), CAS per group, REF*6R, AMT*B6 and LQ*HE.
 */
@ApplicationScoped
public class Remittance835Builder {

    /** Synthetic routing and account numbers: the simulator moves no money. */
    private static final BankAccount PAYER_BANK = new BankAccount("01", "011000015", "DA", "100000001");
    private static final BankAccount PAYEE_BANK = new BankAccount("01", "021000021", "DA", "200000002");

    public Remittance835 build(Payer payer, List<ReceivedClaim> claims, String traceNumber) {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        List<Claim> clps = new ArrayList<>();
        BigDecimal total = BenefitAdjudicator.ZERO;
        for (ReceivedClaim c : claims) {
            clps.add(claim(c));
            total = total.add(c.paidAmount);
        }
        ReceivedClaim first = claims.get(0);
        Payment payment = payment(payer, total, today);
        Trace trace = new Trace("1", traceNumber, "1" + payer.taxId, null);
        Remittance835.Payer payerLoop = new Remittance835.Payer(payer.name, null, null,
                new Remittance835.Address(payer.addressLine, null, payer.city, payer.state, payer.postalCode, null,
                        null),
                List.of(), null, List.of(new Contact("BL", payer.contactName,
                        List.of(new Communication("TE", payer.contactPhone)))), null);
        Payee payee = new Payee(first.billingName == null ? "UNKNOWN" : first.billingName, "XX", first.billingNpi,
                null, List.of(), null);
        return new Remittance835(payment, trace, null, null, null, today, payerLoop, payee,
                List.of(new HeaderGroup(1, null, Map.of(), clps)), List.of());
    }

    private static Payment payment(Payer payer, BigDecimal total, LocalDate today) {
        if (total.signum() == 0) {
            return new Payment("H", total, "C", "NON", null, null, null, null, null, today);
        }
        if ("ACH".equals(payer.paymentMethod)) {
            return new Payment("C", total, "C", "ACH", "CCP", PAYER_BANK, "1" + payer.taxId, null, PAYEE_BANK,
                    today);
        }
        return new Payment("C", total, "C", "CHK", null, null, null, null, null, today);
    }

    private static Claim claim(ReceivedClaim c) {
        List<ServicePayment> services = new ArrayList<>();
        for (ReceivedClaimLine l : c.lines()) {
            services.add(service(l));
        }
        Name patient = new Name("1", c.patientLastName == null ? "UNKNOWN" : c.patientLastName, c.patientFirstName,
                null, null, "MI", c.memberId);
        return new Claim(c.patientControlNumber, c.claimStatusCode, c.totalCharge, c.paidAmount,
                c.patientResponsibility, c.claimFilingIndicator, c.payerClaimControlNumber, c.facilityCode,
                c.frequencyCode, null, null, null, List.of(), patient, null, null, null, null, null, null, null, null,
                List.of(), List.of(), c.serviceFrom, c.serviceTo, null, null, List.of(), List.of(), List.of(),
                services);
    }

    private static ServicePayment service(ReceivedClaimLine l) {
        Procedure procedure;
        String revenueCode = null;
        if (l.procedureCode != null) {
            procedure = new Procedure(l.procedureQualifier == null ? "HC" : l.procedureQualifier, l.procedureCode,
                    l.modifiers == null ? List.of() : List.of(l.modifiers.split(":")), null);
            revenueCode = l.revenueCode;
        } else {
            procedure = new Procedure("NU", l.revenueCode, List.of(), null); // 837I line billed by revenue code only
        }
        boolean period = l.serviceEnd != null;
        return new ServicePayment(procedure, l.charge, l.paidAmount, revenueCode, l.units, null, null,
                period ? null : l.serviceDate, period ? l.serviceDate : null, period ? l.serviceEnd : null,
                adjustments(l.adjustments), List.of(), l.lineItemControlNumber, List.of(), List.of(),
                List.of(new Amount("B6", l.allowedAmount)), List.of(),
                l.remarkCode == null ? List.of() : List.of(new Remark("HE", l.remarkCode)));
    }

    /** "CO-45=37.00;PR-1=50.00;PR-3=25.00" as one CAS per group, reasons in benefit order. */
    static List<AdjustmentGroup> adjustments(String entries) {
        Map<String, List<Adjustment>> byGroup = new LinkedHashMap<>();
        if (entries != null && !entries.isBlank()) {
            for (String e : entries.split(";")) {
                String group = e.substring(0, e.indexOf('-'));
                String reason = e.substring(e.indexOf('-') + 1, e.indexOf('='));
                byGroup.computeIfAbsent(group, g -> new ArrayList<>())
                        .add(new Adjustment(reason, new BigDecimal(e.substring(e.indexOf('=') + 1)), null));
            }
        }
        return byGroup.entrySet().stream().map(g -> new AdjustmentGroup(g.getKey(), g.getValue())).toList();
    }
}
