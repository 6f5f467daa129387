package io.revcycle.eligibility;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Utils;

import io.restassured.http.ContentType;
import io.revcycle.events.DocumentedDiagnosis;
import io.revcycle.events.DocumentedProcedure;
import io.revcycle.events.EncounterDocumented;
import io.revcycle.events.PatientDemographics;
import io.revcycle.testsupport.SharedInfrastructure;

/** Builders for requests and events with fresh ids, so tests never see each other's data on shared topics. */
final class TestData {

    static final String PAYER = "SYNPAYER1";

    private TestData() {
    }

    static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    static Map<String, Object> coverage(String patientId, String memberId, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("patientId", patientId);
        body.put("payerId", PAYER);
        body.put("payerName", "Synthetic Health Plan");
        body.put("memberId", memberId);
        body.put("planName", "Synthetic PPO Gold");
        body.put("effectiveFrom", from);
        if (to != null) {
            body.put("effectiveTo", to);
        }
        body.put("copay", new BigDecimal("25.00"));
        body.put("coinsurancePercent", new BigDecimal("20.00"));
        body.put("deductibleRemaining", new BigDecimal("150.00"));
        return body;
    }

    /** POSTs the coverage and returns its (generated) id. */
    static String createCoverage(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/coverages")
                .then().statusCode(201).extract().path("coverageId");
    }

    static EncounterDocumented encounter(String encounterId, String patientId, String memberId, LocalDate dos) {
        return encounter(UUID.randomUUID(), encounterId, patientId, memberId, dos);
    }

    static EncounterDocumented encounter(UUID eventId, String encounterId, String patientId, String memberId,
            LocalDate dos) {
        return EncounterDocumented.newBuilder()
                .setEventId(eventId)
                .setOccurredAt(Instant.parse("2026-03-15T10:00:00Z"))
                .setEncounterId(encounterId)
                .setPatient(PatientDemographics.newBuilder().setPatientId(patientId).setFirstName("Test")
                        .setLastName("Patient").setDateOfBirth(LocalDate.of(1980, 5, 17)).setSex("F").build())
                .setRenderingProviderNpi("1234567893")
                .setBillingProviderNpi("1245319599")
                .setFacilityId("FAC-1")
                .setPayerId(PAYER)
                .setMemberId(memberId)
                .setDateOfService(dos)
                .setDiagnoses(List.of(DocumentedDiagnosis.newBuilder().setSequence(1)
                        .setDescription("Essential hypertension").setCode("I10").build()))
                .setProcedures(List.of(DocumentedProcedure.newBuilder().setLineNumber(1)
                        .setDescription("Office visit, established patient").setCode("99213")
                        .setDiagnosisSequences(List.of(1)).build()))
                .build();
    }

    /**
     * A fresh key that the default partitioner puts on the same partition as {@code key}: records after a duplicate
     * on that partition are consumed after it, so they prove the duplicate was really consumed.
     */
    static String keyOnSamePartitionAs(String key, String topic, String prefix) {
        int partitions = partitionCount(topic);
        int target = partitionOf(key, partitions);
        while (true) {
            String candidate = id(prefix);
            if (partitionOf(candidate, partitions) == target) {
                return candidate;
            }
        }
    }

    private static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private static int partitionCount(String topic) {
        String bootstrap = SharedInfrastructure.get().bootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
