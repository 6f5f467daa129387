package io.revcycle.remittance;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.revcycle.events.ClaimLine;
import io.revcycle.events.ClaimSubmitted;
import io.revcycle.events.EdiInterchange;
import io.revcycle.events.ExpectedBenefits;
import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.remit.Remittance835;
import io.revcycle.x12.remit.Remittance835.Adjustment;
import io.revcycle.x12.remit.Remittance835.AdjustmentGroup;
import io.revcycle.x12.remit.Remittance835.Amount;
import io.revcycle.x12.remit.Remittance835.Claim;
import io.revcycle.x12.remit.Remittance835.ServicePayment;

/** Synthetic claims and 835 files (no real patients), the 835 bytes written with common-x12. */
final class RemittanceFixtures {

    static final String PAYER = "SYNPAYER1";
    static final String PROVIDER = "RCPROVIDER";

    private RemittanceFixtures() {
    }

    /** A claim of the test: its ids and its patient control number (CLM01 = CLP01). */
    record TestClaim(String encounterId, String claimId, String patientControlNumber) {
        static TestClaim next() {
            String encounterId = "ENC-" + UUID.randomUUID().toString().substring(0, 8);
            return new TestClaim(encounterId, "CLM-" + encounterId,
                    "RC" + String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L)));
        }
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    /** Office visit 99213 for 185.00 and urinalysis 81002 for 75.00, sent in an 837 as the claim's CLM01. */
    static ClaimSubmitted claimSubmitted(TestClaim c) {
        return ClaimSubmitted.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.parse("2025-03-04T10:15:30Z"))
                .setClaimId(c.claimId())
                .setEncounterId(c.encounterId())
                .setPatientId("PAT-" + c.encounterId())
                .setPayerId(PAYER)
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
                .setPatientControlNumber(c.patientControlNumber())
                .setClaimType("PROFESSIONAL")
                .setInterchangeControlNumber("000000001")
                .build();
    }

    private static ClaimLine claimLine(int number, String code, String charge) {
        return ClaimLine.newBuilder().setLineNumber(number).setProcedureCode(code).setModifiers(List.of())
                .setUnits(1).setDiagnosisPointers(List.of(1)).setCharge(money(charge)).build();
    }

    /**
     * CLP of a partially denied claim. Line 1 (REF*6R 1) paid after contractual, deductible, copay and coinsurance:
     * 88.40 + 37.00 + 30.00 + 25.00 + 4.60 = 185.00, allowed 148.00. Line 2 (REF*6R 2) denied: CO-50 75.00, LQ*HE
     * N115.
     */
    static Claim partiallyDenied(TestClaim c) {
        return clp(c, "1", "260.00", "88.40", "59.60",
                svc("99213", "1", "185.00", "148.00", "88.40", List.of(), cas("CO", "45", "37.00"),
                        cas("PR", "1", "30.00", "3", "25.00", "2", "4.60")),
                svc("81002", "2", "75.00", "0.00", "0.00", List.of("N115"), cas("CO", "50", "75.00")));
    }

    /** CLP of a claim paid in full but the copay: line 1 99213 100.00 = 60.00 + CO-45 20.00 + PR-3 20.00. */
    static Claim paid(TestClaim c) {
        return clp(c, "1", "100.00", "60.00", "20.00",
                svc("99213", "1", "100.00", "80.00", "60.00", List.of(), cas("CO", "45", "20.00"),
                        cas("PR", "3", "20.00")));
    }

    static Claim clp(TestClaim c, String status, String charge, String paid, String patientShare,
            ServicePayment... services) {
        return clp(c, status, charge, paid, patientShare, List.of(), List.of(), services);
    }

    /** A CLP with claim-level CAS and MOA remark codes (none when empty). */
    static Claim clp(TestClaim c, String status, String charge, String paid, String patientShare,
            List<AdjustmentGroup> claimAdjustments, List<String> moaRemarks, ServicePayment... services) {
        return new Claim(c.patientControlNumber(), status, money(charge), money(paid), money(patientShare), "12",
                "PCN" + c.patientControlNumber(), "11", "1", null, null, null, claimAdjustments,
                new Remittance835.Name("1", "DOE", "JANE", null, null, "MI", "SYN000123"), null, null, null, null,
                null, null, null, moaRemarks.isEmpty() ? null : new Remittance835.Outpatient(null, null, moaRemarks,
                        null, null), List.of(), List.of(), null, null, null, null, List.of(), List.of(), List.of(),
                List.of(services));
    }

    /**
     * CLP02 22 taking {@link #partiallyDenied} back: every amount negated (charges, payments, allowed, each CAS), so
     * each line and the claim still balance.
     */
    static Claim reversalOfPartiallyDenied(TestClaim c) {
        return clp(c, "22", "-260.00", "-88.40", "-59.60",
                svc("99213", "1", "-185.00", "-148.00", "-88.40", List.of(), cas("CO", "45", "-37.00"),
                        cas("PR", "1", "-30.00", "3", "-25.00", "2", "-4.60")),
                svc("81002", "2", "-75.00", "0.00", "0.00", List.of("N115"), cas("CO", "50", "-75.00")));
    }

    /**
     * The corrected claim after {@link #reversalOfPartiallyDenied}: both lines paid, with CAS of every 005010 group.
     * Line 1: 185.00 = 113.40 + CO-45 37.00 + PR-3 25.00 + PR-2 9.60 (allowed 148.00); line 2: 75.00 = 48.00 +
     * PI-45 15.00 + PR-2 12.00 (allowed 60.00); claim level OA-23 5.00 and MOA remark MA01: CLP04 = 161.40 - 5.00 =
     * 156.40, CLP05 46.60.
     */
    static Claim correctionOfPartiallyDenied(TestClaim c) {
        return clp(c, "1", "260.00", "156.40", "46.60", List.of(cas("OA", "23", "5.00")), List.of("MA01"),
                svc("99213", "1", "185.00", "148.00", "113.40", List.of(), cas("CO", "45", "37.00"),
                        cas("PR", "3", "25.00", "2", "9.60")),
                svc("81002", "2", "75.00", "60.00", "48.00", List.of(), cas("PI", "45", "15.00"),
                        cas("PR", "2", "12.00")));
    }

    /** An SVC loop: HC procedure, REF*6R (null for none), AMT*B6 allowed, LQ*HE remarks, its CAS. */
    static ServicePayment svc(String procedure, String lineItemControlNumber, String charge, String allowed,
            String paid, List<String> remarks, AdjustmentGroup... adjustments) {
        return new ServicePayment(new Remittance835.Procedure("HC", procedure, List.of(), null), money(charge),
                money(paid), null, BigDecimal.ONE, null, null, LocalDate.of(2025, 3, 1), null, null,
                List.of(adjustments), List.of(), lineItemControlNumber, List.of(), List.of(),
                List.of(new Amount("B6", money(allowed))), List.of(),
                remarks.stream().map(r -> new Remittance835.Remark("HE", r)).toList());
    }

    /** One CAS segment: a group code and reason/amount pairs. */
    static AdjustmentGroup cas(String group, String... reasonAmountPairs) {
        List<Adjustment> adjustments = new ArrayList<>();
        for (int i = 0; i < reasonAmountPairs.length; i += 2) {
            adjustments.add(new Adjustment(reasonAmountPairs[i], money(reasonAmountPairs[i + 1]), null));
        }
        return new AdjustmentGroup(group, adjustments);
    }

    /** One 835 transaction set paying these claims; BPR02 = the sum of their CLP04, so it balances. */
    static Remittance835 remittance(String traceNumber, Claim... claims) {
        BigDecimal total = Arrays.stream(claims).map(Claim::paid).reduce(money("0.00"), BigDecimal::add);
        return remittance(traceNumber, total, true, claims);
    }

    static Remittance835 remittance(String traceNumber, BigDecimal bprTotal, boolean technicalContact,
            Claim... claims) {
        var contacts = technicalContact ? List.of(new Remittance835.Contact("BL", "EDI SUPPORT",
                List.of(new Remittance835.Communication("TE", "8005550100")))) : List.<Remittance835.Contact>of();
        return new Remittance835(
                new Remittance835.Payment("C", bprTotal, "C", "CHK", null, null, null, null, null,
                        LocalDate.of(2025, 3, 20)),
                new Remittance835.Trace("1", traceNumber, "1512345678", null), null, null, null, null,
                new Remittance835.Payer("SYNTHETIC HEALTH PLAN", "XV", PAYER, new Remittance835.Address("1 PAYER WAY",
                        null, "SPRINGFIELD", "IL", "62701", null, null), List.of(), null, contacts, null),
                new Remittance835.Payee("RC CLINIC", "XX", "1234567893", null, List.of(), null),
                List.of(new Remittance835.HeaderGroup(1, null, Map.of(), List.of(claims))), List.of());
    }

    /**
     * One 835 transaction set paying these claims with provider-level adjustments (one PLB for {@code providerId});
     * BPR02 = the claims' CLP04 minus the adjustments, so it balances.
     */
    static Remittance835 remittanceWithProviderAdjustments(String traceNumber, String providerId,
            List<Remittance835.ProviderAdjustmentItem> adjustments, Claim... claims) {
        Remittance835 plain = remittance(traceNumber, claims);
        Remittance835.ProviderAdjustment plb = new Remittance835.ProviderAdjustment(providerId,
                LocalDate.of(2025, 12, 31), adjustments);
        BigDecimal total = plain.payment().amount().subtract(plb.total());
        Remittance835.Payment p = plain.payment();
        return new Remittance835(new Remittance835.Payment(p.handlingCode(), total, p.creditDebit(), p.method(),
                p.format(), p.sender(), p.originatingCompanyId(), p.originatingCompanyCode(), p.receiver(), p.date()),
                plain.trace(), plain.currency(), plain.receiverId(), plain.versionId(), plain.productionDate(),
                plain.payer(), plain.payee(), plain.headers(), List.of(plb));
    }

    static String newTraceNumber() {
        return "CHK" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    }

    /** The 835 file: one interchange with one transaction set per remittance, a fresh ISA13. */
    static byte[] x12(Remittance835... transactions) {
        long isa13 = ThreadLocalRandom.current().nextLong(1, 999_999_999L);
        return X12Toolkit.writeTyped(List.of(transactions), Envelope.of(PAYER, PROVIDER)
                .withCreated(LocalDateTime.of(2025, 3, 20, 8, 0)), ControlNumbers.startingAt(isa13),
                Delimiters.DEFAULT);
    }

    /** The file as the payer side puts it on the raw-EDI topic. */
    static EdiInterchange interchange(byte[] content, String fileName) {
        return EdiInterchange.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.parse("2025-03-20T08:00:00Z"))
                .setFileId(fileName)
                .setFileName(fileName)
                .setSenderId(PAYER)
                .setReceiverId(PROVIDER)
                .setInterchangeControlNumber("000000001")
                .setDocumentTypes(List.of("835"))
                .setSha256("0".repeat(64))
                .setOrigin("SERVICE")
                .setContent(ByteBuffer.wrap(content))
                .build();
    }
}
