package io.revcycle.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.revcycle.stack.LocalStack;
import io.revcycle.stack.ServiceApp;
import io.revcycle.stack.demo.ApiClient;
import io.revcycle.stack.demo.DemoDriver;
import io.revcycle.stack.demo.Progress;
import io.revcycle.stack.demo.SyntheticEncounters;
import io.revcycle.stack.demo.SyntheticEncounters.Case;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.claim.Claim;
import io.revcycle.x12.claim.Claim837P;
import io.revcycle.x12.claim.LineAdjudication;
import io.revcycle.x12.claim.OtherSubscriber;

/**
 * Coordination of benefits through every service on the real broker: a patient covered by her own plan (SYNPAYER1)
 * and her spouse's (SYNPAYER2). The primary's 835 leaves the patient a share; the secondary 837 carries the primary's
 * payments and adjustments; the secondary's 835 pays from what the primary left; the patient owes what the secondary
 * leaves, to the cent.
 */
@Order(3) // after RevenueCycleEndToEndTest, whose totals compare services over the whole stack
@ExtendWith(SharedStack.Resolver.class)
class CoordinationOfBenefitsEndToEndTest {

    private static final LocalDate DOS = LocalDate.of(2026, 6, 1);

    @Test
    void shouldBillThePatientOnlyWhatTheSecondaryLeavesAfterThePrimary(SharedStack shared) throws Exception {
        LocalStack stack = shared.stack;
        ApiClient api = new ApiClient();
        ApiClient registration = api.as(stack.tokens().user("registration"));
        ApiClient integration = api.as(stack.tokens().integration());
        ApiClient manager = api.as(stack.tokens().user("billing-manager"));
        String run = UUID.randomUUID().toString().substring(0, 8);
        String patientId = "PAT-COB-" + run;
        String encounterId = "ENC-COB-" + run;
        String primaryMember = "SYN7" + run.replaceAll("[^0-9]", "1").substring(0, 8);
        String secondaryMember = "SYN8" + run.replaceAll("[^0-9]", "2").substring(0, 8);

        // the payers know both members: SYNPAYER1 (allows 80 %) 25.00 copay, 20 %, 50.00 deductible left;
        // SYNPAYER2 (allows 65 %) no copay, 50 %, deductible met
        expectOk(integration.post(stack.url(ServiceApp.PAYER_SIMULATOR) + "/members", List.of(
                member("SYNPAYER1", primaryMember, "ALEX", "25.00", "20.00", "50.00"),
                member("SYNPAYER2", secondaryMember, "JORDAN", "0.00", "50.00", "0.00"))));
        // registration: her own plan, and her spouse's through the spouse's employer
        expectOk(registration.post(stack.url(ServiceApp.ELIGIBILITY) + "/coverages",
                coverage(patientId, "SYNPAYER1", primaryMember, "SELF", "25.00", "20.00", "50.00")));
        expectOk(registration.post(stack.url(ServiceApp.ELIGIBILITY) + "/coverages",
                coverage(patientId, "SYNPAYER2", secondaryMember, "SPOUSE", "0.00", "50.00", "0.00")));

        // an office visit (99214, 185.00) with venipuncture (36415, 15.00), documented as the EHR would
        Case visit = officeVisit(patientId, encounterId, primaryMember);
        new DemoDriver(stack::url, stack.tokens(), Progress.silent()).document(visit);

        String claimId = "CLM-" + encounterId;
        JsonNode claim = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> manager.get(stack.url(ServiceApp.CLAIMS) + "/claims/" + claimId).body(),
                        c -> "ADJUDICATED".equals(c.path("nextPayers").path(0).path("status").asText()));
        // the primary, by hand: 99214 allowed 148.00 = deductible 50.00 + copay 25.00 + 20 % of 73.00 (14.60) + paid
        // 58.40; 36415 allowed 12.00 = 20 % (2.40) + paid 9.60: paid 68.00, the patient left 92.00
        assertThat(claim.path("totalCharge").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(claim.path("paidAmount").decimalValue()).isEqualByComparingTo("68.00");
        assertThat(claim.path("patientResponsibility").decimalValue()).isEqualByComparingTo("92.00");
        JsonNode secondary = claim.path("nextPayers").path(0);
        assertThat(secondary.path("payerId").asText()).isEqualTo("SYNPAYER2");
        assertThat(secondary.path("remainingBalance").decimalValue()).isEqualByComparingTo("92.00");
        // the secondary, by hand: as the only payer it would pay 60.12 (50 % of 120.25) and 4.87 (50 % of 9.75,
        // half up); it pays at most what the primary left per line: 60.12 of 89.60 and 2.40 of 2.40
        assertThat(secondary.path("paidAmount").decimalValue()).isEqualByComparingTo("62.52");
        assertThat(secondary.path("patientResponsibility").decimalValue()).isEqualByComparingTo("29.48");

        // the patient owes what the secondary leaves: 92.00 - 62.52
        JsonNode account = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> manager.get(stack.url(ServiceApp.PATIENT_BILLING) + "/accounts/" + patientId),
                        r -> r.ok() && r.body().path("balance").decimalValue().compareTo(new BigDecimal("29.48")) == 0)
                .body();
        // the client reads JSON numbers as doubles (14.60 arrives as 14.6): compared as cents
        assertThat(account.path("lines")).extracting(l -> l.path("reasonCode").asText() + "="
                + l.path("amount").decimalValue().setScale(2).toPlainString())
                .containsExactlyInAnyOrder("3=14.88", "2=14.60");

        // the secondary 837 on disk: 2320/2330 and 2430 carry the primary's payment and adjustments, clean in both
        String pcn = secondary.path("patientControlNumber").asText();
        Path secondary837 = find(stack.ediDir().resolve("to-payer"), "CLM*" + pcn + "*");
        EdiFiles.assertAllCleanInBothReadings(List.of(secondary837));
        Claim sent = X12Toolkit.readTyped(Files.readAllBytes(secondary837), Claim837P.class).values().stream()
                .flatMap(t -> t.claims()).filter(c -> c.patientControlNumber().equals(pcn)).findFirst().orElseThrow();
        OtherSubscriber primary = sent.otherSubscribers().get(0);
        assertThat(primary.payer().name().id()).isEqualTo("SYNPAYER1");
        assertThat(primary.payerPaid()).isEqualByComparingTo("68.00");
        assertThat(primary.remainingPatientLiability()).isEqualByComparingTo("92.00");
        List<LineAdjudication> lines = sent.lines().stream().map(l -> l.adjudications().get(0)).toList();
        assertThat(lines).extracting(a -> a.paid().toPlainString()).containsExactly("58.40", "9.60");
        assertThat(lines.get(0).adjustments()).extracting(a -> a.group() + "-" + a.reason() + "="
                + a.amount().toPlainString()).containsExactly("CO-45=37.00", "PR-1=50.00", "PR-3=25.00",
                        "PR-2=14.60");
    }

    private static Case officeVisit(String patientId, String encounterId, String memberId) {
        SyntheticEncounters.Patient patient = new SyntheticEncounters.Patient(patientId, "Alex", "Testperson",
                LocalDate.of(1980, 5, 17), "F", new SyntheticEncounters.Address("12 Elm St", null, "Springfield", "IL",
                        "62701"));
        List<SyntheticEncounters.Diagnosis> dx = List.of(new SyntheticEncounters.Diagnosis(1,
                "Type 2 diabetes mellitus without complications", "E11.9", null));
        List<SyntheticEncounters.Procedure> px = List.of(
                new SyntheticEncounters.Procedure(1, "Established patient office visit, moderate complexity", "99214",
                        List.of(), 1, List.of(1)),
                new SyntheticEncounters.Procedure(2, "Venipuncture", "36415", List.of(), 1, List.of(1)));
        SyntheticEncounters.Encounter encounter = new SyntheticEncounters.Encounter(encounterId, patient, "1234567893",
                "1234567893", "FAC-MAIN", "11", "SYNPAYER1", memberId, DOS, dx, px, "PROFESSIONAL", null, null, null,
                null, null);
        return new Case(encounter, null, null, false, memberId);
    }

    private static Map<String, Object> member(String payerId, String memberId, String firstName, String copay,
            String coinsurance, String deductibleRemaining) {
        return SeedBodies.payerMember(payerId, memberId, firstName, "F", "1980-05-17", "2026-01-01",
                new SeedBodies.Benefits(copay, coinsurance, deductibleRemaining));
    }

    private static Map<String, Object> coverage(String patientId, String payerId, String memberId,
            String relationship, String copay, String coinsurance, String deductibleRemaining) {
        return SeedBodies.coverage(patientId, payerId, memberId, "Synthetic PPO", relationship,
                new SeedBodies.Benefits(copay, coinsurance, deductibleRemaining));
    }

    private static Path find(Path folder, String text) throws Exception {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<Path> hits = new ArrayList<>();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    if (new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.US_ASCII).contains(text)) {
                        hits.add(f);
                    }
                }
            }
            return hits.isEmpty() ? null : hits.get(0);
        }, p -> p != null);
    }

    private static void expectOk(ApiClient.Reply reply) {
        assertThat(reply.ok()).as("%s %s", reply.status(), reply.body()).isTrue();
    }
}
