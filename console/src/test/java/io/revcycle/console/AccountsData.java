package io.revcycle.console;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import java.util.List;

import java.util.UUID;







import com.fasterxml.jackson.databind.JsonNode;



import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.PatientShare;
import io.revcycle.events.Topics;
import io.revcycle.stack.LocalStack;
import io.revcycle.stack.ServiceApp;
import io.revcycle.stack.demo.ApiClient;

/**
 * Guarantor accounts made the way money reaches them: a {@code ClaimAdjudicated} on the real broker (through the real
 * registry, as remittance-service publishes it), which patient-billing-service posts to the patient's ledger; the
 * test waits until the service's API shows the balance.
 */
final class AccountsData {

    private final LocalStack stack;
    private final ApiClient api = new ApiClient();

    AccountsData(LocalStack stack) {
        this.stack = stack;
    }

    static String newPatient(String tag) {
        return "PAT-CONSOLE-" + tag + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A 1000.00 claim the payer allowed at 800.00 (200.00 contractual) and paid less the patient's shares (CARC 1
     * deductible, 3 co-payment, given as "CARC:amount"); returns the encounter id once the account owes the shares.
     */
    String adjudicated(String patientId, String... shares) {
        String encounterId = "ENC-CONSOLE-" + UUID.randomUUID().toString().substring(0, 8);
        List<PatientShare> lines = java.util.Arrays.stream(shares).map(s -> PatientShare.newBuilder()
                .setLineNumber(1).setProcedureCode("99213").setReasonCode(s.split(":")[0])
                .setAmount(money(s.split(":")[1])).build()).toList();
        BigDecimal responsibility = lines.stream().map(PatientShare::getAmount).reduce(money("0.00"), BigDecimal::add);
        BigDecimal before = owes(patientId);
        ClaimAdjudicated event = ClaimAdjudicated.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now())
                .setClaimId("CLM-" + encounterId)
                .setEncounterId(encounterId)
                .setPatientId(patientId)
                .setPayerId("SYNPAYER1")
                .setOutcome("PAID")
                .setTotalCharge(money("1000.00"))
                .setAllowedAmount(money("800.00"))
                .setPaidAmount(money("800.00").subtract(responsibility))
                .setPatientResponsibility(responsibility)
                .setContractualAdjustment(money("200.00"))
                .setDeniedAmount(money("0.00"))
                .setPatientResponsibilityLines(lines)
                .setPostingSequence(1)
                .setDateOfService(LocalDate.now(ZoneOffset.UTC).minusDays(20))
                .build();
        publish(event);
        BigDecimal expected = before.add(responsibility);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> expected.compareTo(owes(patientId)) == 0);
        return encounterId;
    }

    /** What the patient owes as the service answers a clerk; 0.00 while the service does not know the patient. */
    BigDecimal owes(String patientId) {
        ApiClient.Reply reply = clerk().get(billing("/accounts/" + patientId));
        return reply.status() == 404 ? money("0.00") : reply.body().path("balance").decimalValue();
    }

    /** The patient's account as the service answers a clerk. */
    JsonNode account(String patientId) {
        return clerk().get(billing("/accounts/" + patientId)).body();
    }

    /** The account's payment plans as the service answers a clerk, oldest first. */
    JsonNode plans(String accountId) {
        return clerk().get(billing("/payment-plans?accountId=" + accountId)).body();
    }

    /** The account's refunds of one status (null: those not yet issued) as the service answers a clerk. */
    JsonNode refunds(String accountId, String status) {
        return clerk().get(billing("/refunds?accountId=" + accountId + (status == null ? "" : "&status=" + status)))
                .body();
    }

    /** A payment plan of monthly installments, set up through the service's API (a clerk, with an Idempotency-Key). */
    JsonNode plan(String patientId, String installment) {
        return send("POST", "/payment-plans", "{\"patientId\": \"" + patientId + "\", \"installmentAmount\": "
                + installment + "}", stack.tokens().user("patient-accounts").get());
    }

    /** The statement cycle of today, run by a billing manager (a second run of one date answers the same run). */
    JsonNode statementRun() {
        return send("POST", "/statement-runs", "{}", stack.tokens().user("billing-manager").get());
    }

    private JsonNode send(String method, String path, String json, String token) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(billing(path)))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .method(method, HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": "
                        + answer.body());
            }
            return ApiClient.JSON.readTree(answer.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ApiClient clerk() {
        return api.as(stack.tokens().user("patient-accounts"));
    }

    private String billing(String path) {
        return stack.url(ServiceApp.PATIENT_BILLING) + path;
    }

    private void publish(ClaimAdjudicated event) {
        StackEvents.publish(stack, Topics.CLAIM_ADJUDICATED, event.getClaimId(), event);
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount).setScale(2, RoundingMode.UNNECESSARY);
    }
}
