package io.revcycle.stack.demo;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import io.revcycle.stack.OidcTokens;
import io.revcycle.stack.ServiceApp;
import io.revcycle.stack.demo.SyntheticEncounters.Case;
import io.revcycle.stack.hl7.Mllp;

/**
 * Drives synthetic encounters through the running platform by its public APIs only: enrolls the members with the
 * payer (the simulator's member table), registers the provider's coverages (REST or HL7 ADT), documents encounters, works the coders'
 * worklist and the billers' correction queue (a member id the payer rejected in its 277CA is corrected and the claim
 * re-sent), then waits until every claim is held or adjudicated and the patient balances are posted.
 */
public final class DemoDriver {

    private static final Set<String> FINAL = Set.of("HELD", "PAID", "PARTIALLY_DENIED", "DENIED");

    private final Function<ServiceApp, String> urls;
    private final Progress progress;
    // each step as the role that does it in a health system (docs/security.md)
    private final ApiClient registration;
    private final ApiClient integration;
    private final ApiClient coder;
    private final ApiClient biller;
    private final ApiClient patientAccounts;
    private final int mllpPort;
    private final int adtMllpPort;

    public DemoDriver(Function<ServiceApp, String> urls, OidcTokens tokens, Progress progress) {
        this(urls, tokens, progress, 0, 0);
    }

    /**
     * {@code mllpPort}: coding-service's HL7 v2 MLLP listener on 127.0.0.1 (DFT^P03), {@code adtMllpPort}
     * eligibility-service's (ADT^A04); 0 to send nothing there.
     */
    public DemoDriver(Function<ServiceApp, String> urls, OidcTokens tokens, Progress progress, int mllpPort,
            int adtMllpPort) {
        this(urls, tokens, progress, mllpPort, adtMllpPort, new ApiClient());
    }

    /** Calling through {@code api}: its {@link ApiClient#responses()} then count this driver's answers too. */
    public DemoDriver(Function<ServiceApp, String> urls, OidcTokens tokens, Progress progress, int mllpPort,
            int adtMllpPort, ApiClient api) {
        this.urls = urls;
        this.mllpPort = mllpPort;
        this.adtMllpPort = adtMllpPort;
        this.progress = progress;
        this.registration = api.as(tokens.user("registration"));
        this.integration = api.as(tokens.integration());
        this.coder = api.as(tokens.user("coder"));
        this.biller = api.as(tokens.user("biller"));
        this.patientAccounts = api.as(tokens.user("patient-accounts"));
    }

    public DemoSummary run(List<Case> cases, long seed, Duration timeout) {
        return run(cases, seed, timeout, null);
    }

    /** {@code ediDir}: the stack's X12 folder, to count the files exchanged (null: not counted). */
    public DemoSummary run(List<Case> cases, long seed, Duration timeout, Path ediDir) {
        long t0 = System.nanoTime();
        long deadline = t0 + timeout.toNanos();
        // claims already final before this run (a stack that stays up across runs) do not count towards it
        int baseline = finalClaims(biller.get(urls.apply(ServiceApp.CLAIMS) + "/claims/summary").body());
        register(cases);
        progress.stage("documenting encounters", cases.size());
        int[] done = {0};
        parallel(cases, c -> {
            document(c);
            synchronized (done) {
                progress.update(++done[0]);
            }
        });
        progress.stage("coding, eligibility, claims, remittance, patient billing", cases.size());
        Map<String, Case> byEncounter = new LinkedHashMap<>();
        cases.forEach(c -> byEncounter.put(c.encounter().encounterId(), c));
        Set<String> codedByCoder = ConcurrentHashMap.newKeySet();
        Set<String> corrected = ConcurrentHashMap.newKeySet();
        JsonNode claims = null;
        while (System.nanoTime() < deadline) {
            try {
                workTheQueues(byEncounter, codedByCoder, corrected);
                claims = biller.get(urls.apply(ServiceApp.CLAIMS) + "/claims/summary").body();
                int finalCount = finalClaims(claims) - baseline;
                progress.update(finalCount);
                if (finalCount >= cases.size() && balancesPosted(claims)) {
                    break;
                }
            } catch (IllegalStateException e) {
                progress.message("waiting for a service: " + e.getMessage()); // e.g. one restarting after a crash
            }
            sleep(250);
        }
        progress.done();
        return summarize(cases, seed, claims, baseline, t0, corrected.size(), ediDir);
    }

    /**
     * The payer's enrollment and the provider's coverages on file: what must exist before encounters arrive. About a
     * third of the patients are registered as a registration system would, by an HL7 v2 ADT^A04 over MLLP (when the
     * stack's ADT port is given), their coverages then on file without benefits; the rest by POST /coverages.
     */
    public void register(List<Case> cases) {
        enrollWithThePayers(cases);
        parallel(cases, c -> {
            if (viaAdt(c)) {
                String ack;
                try {
                    ack = Mllp.send("127.0.0.1", adtMllpPort, Hl7Adt.of(c));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("HL7 ADT^A04 over MLLP: " + e.getMessage(), e);
                }
                if (!"AA".equals(ack)) {
                    throw new IllegalStateException("HL7 ADT^A04 of " + c.encounter().encounterId() + " answered " + ack);
                }
            } else {
                expectOk(registration.post(urls.apply(ServiceApp.ELIGIBILITY) + "/coverages", c.coverage()),
                        "coverage");
            }
        });
    }

    boolean viaAdt(Case c) {
        return adtMllpPort > 0 && Math.floorMod(c.coverage().patientId().hashCode(), 3) == 0;
    }

    /**
     * Documents one encounter, as the EHR would: about a quarter of those FHIR can carry as a FHIR R4 Bundle
     * (POST /fhir), about a quarter of the professional ones with every code as an HL7 v2 DFT^P03 over MLLP (when
     * the stack's MLLP port is given), the rest as JSON (POST /encounters). All become the same EncounterDocumented.
     */
    public void document(Case c) {
        if (viaHl7(c)) {
            String ack;
            try {
                ack = Mllp.send("127.0.0.1", mllpPort, Hl7Dft.of(c.encounter()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("HL7 DFT^P03 over MLLP: " + e.getMessage(), e);
            }
            if (!"AA".equals(ack)) {
                throw new IllegalStateException("HL7 DFT^P03 of " + c.encounter().encounterId() + " answered " + ack);
            }
        } else if (viaFhir(c)) {
            expectOk(integration.post(urls.apply(ServiceApp.CODING) + "/fhir", FhirEncounterBundle.of(c.encounter())),
                    "FHIR bundle");
        } else {
            expectOk(integration.post(urls.apply(ServiceApp.CODING) + "/encounters", c.encounter()), "encounter");
        }
    }

    boolean viaHl7(Case c) {
        return mllpPort > 0 && !viaFhir(c) && Hl7Dft.canCarry(c.encounter())
                && Math.floorMod(c.encounter().encounterId().hashCode(), 4) == 1;
    }

    static boolean viaFhir(Case c) {
        return FhirEncounterBundle.canCarry(c.encounter())
                && Math.floorMod(c.encounter().encounterId().hashCode(), 4) == 0;
    }

    /** The people's part: coders work the worklist, billers the correction queue. */
    public void workTheQueues(Map<String, Case> byEncounter, Set<String> codedByCoder, Set<String> corrected) {
        workTheWorklist(byEncounter, codedByCoder);
        workTheCorrectionQueue(byEncounter, corrected);
    }

    /** The payer's enrollment: members with their plan year's benefits, as the payer knows them. */
    private void enrollWithThePayers(List<Case> cases) {
        List<Map<String, Object>> members = new ArrayList<>();
        for (Case c : cases) {
            SyntheticEncounters.Coverage cov = c.coverage();
            SyntheticEncounters.Patient p = c.encounter().patient();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("payerId", cov.payerId());
            m.put("memberId", c.payerMemberId());
            m.put("firstName", p.firstName());
            m.put("lastName", p.lastName());
            m.put("birthDate", p.dateOfBirth());
            m.put("sex", p.sex());
            m.put("effectiveDate", cov.effectiveFrom());
            m.put("terminationDate", cov.effectiveTo());
            m.put("copay", cov.copay());
            m.put("coinsurancePercent", cov.coinsurancePercent());
            m.put("deductibleRemaining", cov.deductibleRemaining());
            members.add(m);
        }
        for (int i = 0; i < members.size(); i += 500) {
            expectOk(integration.post(urls.apply(ServiceApp.PAYER_SIMULATOR) + "/members",
                    members.subList(i, Math.min(members.size(), i + 500))), "payer enrollment");
        }
    }

    /**
     * The biller's part: a claim the payer rejected because the member id was mistyped at registration gets the
     * member id from the insurance card and is re-sent.
     */
    private void workTheCorrectionQueue(Map<String, Case> byEncounter, Set<String> corrected) {
        JsonNode items = biller.get(urls.apply(ServiceApp.CLAIMS) + "/corrections?status=OPEN").body();
        for (JsonNode item : items.isArray() ? items : items.path("items")) {
            String claimId = item.path("claimId").asText();
            Case c = byEncounter.get(claimId.startsWith("CLM-") ? claimId.substring(4) : claimId);
            if (c == null || !c.mistypedMemberId() || corrected.contains(claimId)) {
                continue;
            }
            String base = urls.apply(ServiceApp.CLAIMS) + "/claims/" + claimId;
            expectOk(biller.patch(base, Map.of("memberId", c.payerMemberId(), "reason",
                    "member id corrected from the insurance card")), "claim correction");
            expectOk(biller.post(base + "/resend", Map.of("reason", "corrected member id")), "resend");
            corrected.add(claimId);
        }
    }

    /** The coder's part: assign the codes the documentation names and finalize. */
    private void workTheWorklist(Map<String, Case> byEncounter, Set<String> codedByCoder) {
        JsonNode items = coder.get(urls.apply(ServiceApp.CODING) + "/worklist?status=NEEDS_REVIEW").body();
        for (JsonNode item : items) {
            String encounterId = item.path("encounterId").asText();
            Case c = byEncounter.get(encounterId);
            if (c == null) {
                continue; // not ours
            }
            String base = urls.apply(ServiceApp.CODING) + "/worklist/" + encounterId;
            expectOk(coder.put(base + "/codes", c.intended()), "worklist codes");
            expectOk(coder.post(base + "/finalize", Map.of()), "finalize"); // finalized by the token's coder
            codedByCoder.add(encounterId);
        }
    }

    public boolean balancesPosted(JsonNode claims) {
        JsonNode accounts = patientAccounts.get(urls.apply(ServiceApp.PATIENT_BILLING) + "/accounts/summary").body();
        return accounts.path("totalBalance").decimalValue()
                .compareTo(claims.path("patientResponsibility").decimalValue()) == 0;
    }

    public static int finalClaims(JsonNode claims) {
        int n = 0;
        for (String status : FINAL) {
            n += claims.path("byStatus").path(status).asInt(0);
        }
        return n;
    }

    private DemoSummary summarize(List<Case> cases, long seed, JsonNode lastSeen, int baseline, long t0,
            int corrected, Path ediDir) {
        int count = cases.size();
        JsonNode claims = biller.get(urls.apply(ServiceApp.CLAIMS) + "/claims/summary").body();
        JsonNode accounts = patientAccounts.get(urls.apply(ServiceApp.PATIENT_BILLING) + "/accounts/summary").body();
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        claims.path("byStatus").fields().forEachRemaining(e -> byStatus.put(e.getKey(), e.getValue().asInt()));
        int held = byStatus.getOrDefault("HELD", 0);
        int adjudicated = byStatus.getOrDefault("PAID", 0) + byStatus.getOrDefault("PARTIALLY_DENIED", 0)
                + byStatus.getOrDefault("DENIED", 0);
        int total = claims.path("claims").asInt();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        // counts from the service, not a page of the worklist
        JsonNode coding = coder.get(urls.apply(ServiceApp.CODING) + "/worklist/summary").body();
        Map<String, List<List<String>>> sent837I = ediDir == null ? Map.of() : EdiFolder.icdProceduresOn837I(ediDir);
        return new DemoSummary(count, seed, count, (int) cases.stream().filter(DemoDriver::viaFhir).count(),
                (int) cases.stream().filter(this::viaHl7).count(), (int) cases.stream().filter(this::viaAdt).count(),
                coding.path("codedAutomatically").asInt(),
                coding.path("codedByCoder").asInt(), total - held, held, adjudicated,
                byStatus, money(claims, "billed"), money(claims, "paid"), money(claims, "denied"),
                money(claims, "patientResponsibility"), money(accounts, "totalBalance"), accounts.path("accounts").asInt(),
                held + adjudicated - baseline >= count, round(elapsed), round(count / elapsed), corrected,
                EdiFolder.countByType(ediDir), ediDir == null ? null : ediDir.toString(),
                (int) cases.stream().filter(Case::inpatient).count(),
                (int) cases.stream().filter(Case::inpatient).filter(this::sentOn837I).count(),
                ediDir == null ? -1 : (int) cases.stream().filter(Case::inpatient)
                        .filter(c -> icdProceduresSent(c, sent837I)).count());
    }

    /**
     * Every 837I sent for the stay's claim reports exactly the ICD-10-PCS procedures the provider documented (and the
     * facility coder kept): the principal in HI BBR, the others in BBQ, in order.
     */
    private boolean icdProceduresSent(Case c, Map<String, List<List<String>>> sent) {
        List<String> expected = new ArrayList<>();
        c.encounter().procedures().stream().filter(p -> SyntheticEncounters.ICD10PCS.equals(p.codeSystem()))
                .forEach(p -> expected.add((expected.isEmpty() ? "BBR:" : "BBQ:") + p.code()));
        ApiClient.Reply claim = biller.get(urls.apply(ServiceApp.CLAIMS) + "/claims/CLM-" + c.encounter().encounterId());
        List<List<String>> sendings = claim.ok()
                ? sent.getOrDefault(claim.body().path("patientControlNumber").asText(), List.of()) : List.of();
        return !expected.isEmpty() && !sendings.isEmpty() && sendings.stream().allMatch(expected::equals);
    }

    /** The stay's claim is institutional and was submitted to the payer (an 837I with type of bill 0111). */
    private boolean sentOn837I(Case c) {
        ApiClient.Reply claim = biller.get(urls.apply(ServiceApp.CLAIMS) + "/claims/CLM-" + c.encounter().encounterId());
        return claim.ok() && "INSTITUTIONAL".equals(claim.body().path("claimType").asText())
                && !claim.body().path("submittedAt").isNull() && !claim.body().path("submittedAt").isMissingNode();
    }

    private static BigDecimal money(JsonNode node, String field) {
        return node.path(field).decimalValue().setScale(2);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void expectOk(ApiClient.Reply reply, String what) {
        if (reply.status() >= 500) {
            throw new ApiClient.Unavailable(what + " answered " + reply.status() + " " + reply.body(), null);
        }
        if (!reply.ok() && reply.status() != 409) { // 409: already there (a re-run with the same seed)
            throw new IllegalStateException(what + " rejected: " + reply.status() + " " + reply.body());
        }
    }

    private static void parallel(List<Case> cases, java.util.function.Consumer<Case> action) {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Case c : cases) {
                futures.add(pool.submit(() -> action.accept(c)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
