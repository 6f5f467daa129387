package io.revcycle.claims;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.eclipse.microprofile.config.ConfigProvider;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import io.revcycle.events.AvroCodec;
import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.ClaimPatient;
import io.revcycle.events.CodedIcdProcedure;
import io.revcycle.events.CodedLine;
import io.revcycle.events.DenialRaised;
import io.revcycle.events.DeniedLine;
import io.revcycle.events.EligibilityVerified;
import io.revcycle.events.EncounterCoded;
import io.revcycle.testsupport.TestEvents;
import io.revcycle.testsupport.TestPhi;

/** Event builders, REST and topic helpers shared by the claims-service tests. */
final class ClaimTestSupport {

    static final Duration TIMEOUT = Duration.ofSeconds(60);
    static final LocalDate DOS = LocalDate.of(2026, 3, 2);
    /** Partitions of every RevCycle topic (messaging's default provisioning). */
    static final int PARTITIONS = 3;

    private ClaimTestSupport() {
    }

    static String newEncounterId() {
        return "ENC-" + UUID.randomUUID();
    }

    /** A fresh encounter id whose key (prefix + id) lands on the same partition as {@code key}. */
    static String encounterOnSamePartition(String key, String prefix) {
        int target = partitionOf(key);
        while (true) {
            String candidate = newEncounterId();
            if (partitionOf(prefix + candidate) == target) {
                return candidate;
            }
        }
    }

    static int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
    }

    static String claimIdOf(String encounterId) {
        return "CLM-" + encounterId;
    }

    static CodedLine line(int number, String code, int units, String... modifiers) {
        return CodedLine.newBuilder().setLineNumber(number).setProcedureCode(code).setUnits(units)
                .setModifiers(Arrays.asList(modifiers)).setDiagnosisPointers(List.of(1)).build();
    }

    /** Office visit with venipuncture and 4 mg dexamethasone: 185.00 + 15.00 + 4 x 8.50 = 234.00. */
    static List<CodedLine> standardLines() {
        return List.of(line(1, "99214", 1, "25"), line(2, "36415", 1), line(3, "J1100", 4));
    }

    static EncounterCoded coded(String encounterId, List<CodedLine> lines) {
        return EncounterCoded.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now())
                .setEncounterId(encounterId)
                .setPatientId("PAT-" + encounterId.substring(4, 12))
                .setRenderingProviderNpi("1234567893")
                .setBillingProviderNpi("1234567893")
                .setFacilityId("FAC-MAIN")
                .setEncounterType("PROFESSIONAL")
                .setPatient(patient())
                .setPlaceOfService("11")
                .setPayerId("SYNPAYER1")
                .setMemberId("MBR-1001")
                .setDateOfService(DOS)
                .setDiagnosisCodes(List.of("E11.9", "I10"))
                .setLines(lines)
                .setFinalizedBy("AUTO")
                .build();
    }

    /** Synthetic subscriber (= patient) demographics. */
    static ClaimPatient patient() {
        return ClaimPatient.newBuilder().setFirstName("ALEX").setLastName("SAMPLE")
                .setDateOfBirth(LocalDate.of(1980, 5, 17)).setSex("F").setLine1("12 ELM STREET").setCity("SPRINGFIELD")
                .setState("IL").setPostalCode("62704").build();
    }

    /**
     * An outpatient facility encounter (837I): clinic visit (its revenue code chosen by the facility coder: 0516,
     * urgent care clinic, instead of the chargemaster's 0510), venipuncture, EKG.
     */
    static EncounterCoded facilityCoded(String encounterId) {
        CodedLine visit = line(1, "99213", 1);
        visit.setRevenueCode("0516");
        EncounterCoded c = coded(encounterId, List.of(visit, line(2, "36415", 1), line(3, "93000", 1)));
        c.setEncounterType("OUTPATIENT_FACILITY");
        c.setPlaceOfService("22");
        return c;
    }

    static EncounterCoded coded(String encounterId) {
        return coded(encounterId, standardLines());
    }

    static final LocalDate ADMITTED = LocalDate.of(2026, 2, 26);

    /**
     * An inpatient stay (837I, type of bill 0111), admitted 26 Feb and discharged on DOS (2 Mar 2026): four days of
     * room and board, no CPT/HCPCS line; NSTEMI present on admission, diabetes not reported, long-term insulin exempt
     * from POA reporting ("1"); a drug-eluting stent and a left heart pressure measurement (ICD-10-PCS); an emergency
 * admission (type 1) referred by a physician's office (point of origin 2).
     */
    static EncounterCoded inpatientCoded(String encounterId) {
        EncounterCoded c = coded(encounterId, List.of());
        c.setEncounterType("INPATIENT");
        c.setPlaceOfService("21");
        c.setDiagnosisCodes(List.of("I21.4", "E11.9", "Z79.4"));
        c.setDiagnosisPresentOnAdmission(Arrays.asList("Y", null, "1"));
        c.setIcdProcedures(List.of(
                CodedIcdProcedure.newBuilder().setCode("027034Z").setPerformedDate(ADMITTED.plusDays(1)).build(),
                CodedIcdProcedure.newBuilder().setCode("4A023N7").setPerformedDate(ADMITTED.plusDays(1)).build()));
        c.setAdmissionDate(ADMITTED);
        c.setDischargeDate(DOS);
        c.setDischargeDisposition("01");
        c.setAdmissionType("1");
        c.setAdmissionSource("2");
        return c;
    }

    static EligibilityVerified eligibility(String encounterId, boolean active) {
        return EligibilityVerified.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now())
                .setEncounterId(encounterId)
                .setPatientId("PAT-" + encounterId.substring(4, 12))
                .setPayerId("SYNPAYER1")
                .setMemberId("MBR-1001")
                .setDateOfService(DOS)
                .setCoverageActive(active)
                .setCoverageId(active ? "COV-1" : null)
                .setPlanName(active ? "Synthetic Gold PPO" : null)
                .setInactiveReason(active ? null : "TERMINATED")
                .setCopay(new BigDecimal("25.00"))
                .setCoinsurancePercent(new BigDecimal("20.00"))
                .setDeductibleRemaining(new BigDecimal("150.00"))
                .build();
    }

    static ClaimAdjudicated adjudicated(String encounterId, String outcome, String total, String allowed,
            String paid, String patient, String contractual, String denied) {
        return ClaimAdjudicated.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now())
                .setClaimId(claimIdOf(encounterId))
                .setEncounterId(encounterId)
                .setPatientId("PAT-1")
                .setPayerId("SYNPAYER1")
                .setOutcome(outcome)
                .setTotalCharge(new BigDecimal(total))
                .setAllowedAmount(new BigDecimal(allowed))
                .setPaidAmount(new BigDecimal(paid))
                .setPatientResponsibility(new BigDecimal(patient))
                .setContractualAdjustment(new BigDecimal(contractual))
                .setDeniedAmount(new BigDecimal(denied))
                .setPatientResponsibilityLines(List.of())
                .build();
    }

    static DenialRaised denial(String encounterId, DeniedLine... lines) {
        BigDecimal total = Arrays.stream(lines).map(DeniedLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return DenialRaised.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now())
                .setClaimId(claimIdOf(encounterId))
                .setEncounterId(encounterId)
                .setPatientId("PAT-1")
                .setPayerId("SYNPAYER1")
                .setWholeClaim(false)
                .setDeniedAmount(total)
                .setDenials(List.of(lines))
                .build();
    }

    static DeniedLine deniedLine(int number, String code, String reason, String amount, String... remarks) {
        return DeniedLine.newBuilder().setLineNumber(number).setProcedureCode(code).setGroupCode("CO")
                .setReasonCode(reason).setRemarkCodes(Arrays.asList(remarks)).setAmount(new BigDecimal(amount))
                .build();
    }

    /** Publishes coding then eligibility (active) and waits until the claim is SENT in an 837 batch. */
    static void submitClaim(String encounterId) {
        TestEvents.publish(io.revcycle.events.Topics.ENCOUNTER_CODED, encounterId, coded(encounterId));
        TestEvents.publish(io.revcycle.events.Topics.ELIGIBILITY_VERIFIED, encounterId,
                eligibility(encounterId, true));
        awaitClaim(claimIdOf(encounterId), c -> "SENT".equals(c.getString("status")));
    }

    /** REST calls whose JSON numbers read as exact BigDecimals (so 234.00 stays 234.00). */
    static RequestSpecification api() {
        return RestAssured.given().config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    static JsonPath claim(String claimId) {
        return api().get("/claims/{id}", claimId).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath awaitClaim(String claimId, Predicate<JsonPath> condition) {
        return await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = api().get("/claims/{id}", claimId);
            return response.statusCode() == 200 ? response.jsonPath() : null;
        }, c -> c != null && condition.test(c));
    }

    /** The claim's denial items in every status (the queue alone shows open work). */
    static List<Map<String, Object>> denials(String claimId) {
        return api().queryParam("claimId", claimId).queryParam("status", "OPEN", "WAITING", "RESOLVED").get("/denials")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    /**
     * Every event of {@code type} on a topic, read from the beginning until {@code done} holds for what was read
     * (e.g. a marker event arrived), so a test can count events that must NOT be there.
     */
    static <T extends SpecificRecord> List<T> readEvents(String topic, Class<T> type, Predicate<List<T>> done) {
        Map<String, Object> serde = new HashMap<>();
        serde.put("apicurio.registry.url",
                ConfigProvider.getConfig().getValue("revcycle.messaging.registry-url", String.class));
        serde.put("apicurio.registry.use-specific-avro-reader", false);
        List<T> events = new ArrayList<>();
        try (AvroKafkaDeserializer<Object> deserializer = new AvroKafkaDeserializer<>()) {
            deserializer.configure(serde, false);
            int[] decoded = {0};
            TestEvents.readRaw(topic, TIMEOUT, records -> {
                for (; decoded[0] < records.size(); decoded[0]++) {
                    ConsumerRecord<String, byte[]> r = records.get(decoded[0]);
                    Object value = deserializer.deserialize(r.topic(), r.headers(), r.value());
                    if (value instanceof GenericRecord g && g.getSchema().getFullName().equals(type.getName())) {
                        events.add(TestPhi.reveal(AvroCodec.toSpecific(g, type)));
                    }
                }
                return done.test(events);
            });
        }
        return events;
    }
}
