package io.revcycle.remittance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.revcycle.events.Adjustment;
import io.revcycle.events.ClaimLine;
import io.revcycle.events.ClaimSubmitted;
import io.revcycle.events.ExpectedBenefits;
import io.revcycle.events.RemittanceLine;
import io.revcycle.events.RemittanceReceived;

/** Synthetic claims and remittances (no real patients) built by hand. */
final class RemittanceFixtures {

    private RemittanceFixtures() {
    }

    static String newEncounterId() {
        return "ENC-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    /** Office visit 99213 for 185.00 and urinalysis 81002 for 75.00. */
    static ClaimSubmitted claim(String encounterId) {
        return ClaimSubmitted.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.parse("2025-03-04T10:15:30Z"))
                .setClaimId("CLM-" + encounterId)
                .setEncounterId(encounterId)
                .setPatientId("PAT-" + encounterId)
                .setPayerId("SYNPAYER1")
                .setMemberId("SYN000123")
                .setBillingProviderNpi("1234567893")
                .setRenderingProviderNpi("1245319599")
                .setPlaceOfService("11")
                .setDateOfService(LocalDate.of(2025, 3, 1))
                .setDiagnosisCodes(List.of("E11.9"))
                .setTotalCharge(money("260.00"))
                .setLines(List.of(claimLine(1, "99213", "185.00"), claimLine(2, "81002", "75.00")))
                .setBenefits(ExpectedBenefits.newBuilder().setCopay(money("25.00"))
                        .setCoinsurancePercent(money("20.00")).setDeductibleRemaining(money("30.00")).build())
                .build();
    }

    private static ClaimLine claimLine(int number, String code, String charge) {
        return ClaimLine.newBuilder().setLineNumber(number).setProcedureCode(code).setModifiers(List.of())
                .setUnits(1).setDiagnosisPointers(List.of(1)).setCharge(money(charge)).build();
    }

    /**
     * Line 1 paid after contractual, deductible, copay and coinsurance: 88.40 + 37.00 + 30.00 + 25.00 + 4.60 = 185.00.
     * Line 2 denied (CO-50 not medically necessary, remark N115): 0.00 + 75.00 = 75.00.
     */
    static RemittanceReceived partiallyDeniedRemittance(String encounterId) {
        return remittance(encounterId, "1", List.of(
                remittanceLine(1, "99213", "185.00", "148.00", "88.40", List.of(),
                        adjustment("CO", "45", "37.00"), adjustment("PR", "1", "30.00"),
                        adjustment("PR", "3", "25.00"), adjustment("PR", "2", "4.60")),
                remittanceLine(2, "81002", "75.00", "0.00", "0.00", List.of("N115"), adjustment("CO", "50", "75.00"))));
    }

    /** Line 1 adjustments add up to 180.00 against a 185.00 charge. */
    static RemittanceReceived unbalancedRemittance(String encounterId) {
        return remittance(encounterId, "1", List.of(remittanceLine(1, "99213", "185.00", "148.00", "88.40", List.of(),
                adjustment("CO", "45", "37.00"), adjustment("PR", "1", "25.00"), adjustment("PR", "2", "4.60"))));
    }

    static RemittanceReceived remittance(String encounterId, String claimStatusCode, List<RemittanceLine> lines) {
        BigDecimal charge = lines.stream().map(RemittanceLine::getCharge).reduce(money("0.00"), BigDecimal::add);
        BigDecimal paid = lines.stream().map(RemittanceLine::getPaid).reduce(money("0.00"), BigDecimal::add);
        BigDecimal patient = lines.stream().flatMap(l -> l.getAdjustments().stream())
                .filter(a -> a.getGroupCode().equals("PR")).map(Adjustment::getAmount)
                .reduce(money("0.00"), BigDecimal::add);
        return RemittanceReceived.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.parse("2025-03-20T08:00:00Z"))
                .setClaimId("CLM-" + encounterId)
                .setEncounterId(encounterId)
                .setPayerId("SYNPAYER1")
                .setPayerClaimControlNumber("PCN-" + encounterId)
                .setClaimStatusCode(claimStatusCode)
                .setTotalCharge(charge)
                .setPaidAmount(paid)
                .setPatientResponsibility(patient)
                .setLines(lines)
                .build();
    }

    static RemittanceLine remittanceLine(int number, String code, String charge, String allowed, String paid,
            List<String> remarks, Adjustment... adjustments) {
        return RemittanceLine.newBuilder().setLineNumber(number).setProcedureCode(code).setCharge(money(charge))
                .setAllowed(money(allowed)).setPaid(money(paid)).setAdjustments(List.of(adjustments))
                .setRemarkCodes(remarks).build();
    }

    static Adjustment adjustment(String group, String reason, String amount) {
        return Adjustment.newBuilder().setGroupCode(group).setReasonCode(reason).setAmount(money(amount)).build();
    }

    /** Another remittance for the same claim (new eventId), e.g. a payer sending its 835 twice. */
    static RemittanceReceived resent(RemittanceReceived e) {
        return RemittanceReceived.newBuilder(e).setEventId(UUID.randomUUID()).build();
    }
}
