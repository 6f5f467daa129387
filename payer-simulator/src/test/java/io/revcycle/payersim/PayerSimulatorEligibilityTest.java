package io.revcycle.payersim;

import static io.restassured.RestAssured.given;
import static io.revcycle.payersim.PayerAnswers.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.eligibility.Benefit;
import io.revcycle.x12.eligibility.DatePeriod;
import io.revcycle.x12.eligibility.EligibilityInquiry270;
import io.revcycle.x12.eligibility.EligibilityResponse271;
import io.revcycle.x12.eligibility.EntityName;
import io.revcycle.x12.eligibility.Inquiry270;
import io.revcycle.x12.eligibility.Member270;
import io.revcycle.x12.eligibility.Member271;
import io.revcycle.x12.eligibility.Receiver270;
import io.revcycle.x12.eligibility.Source270;
import io.revcycle.x12.eligibility.Source271;
import io.revcycle.x12.eligibility.Subscriber270;
import io.revcycle.x12.eligibility.Trace;
import io.revcycle.x12.model.Delimiters;

/** 270 bytes in, 271 bytes out, from the member tables, through the gateway topics. */
@QuarkusTest
@TestSecurity(user = "integration-1", roles = { Roles.INTEGRATION })
@QuarkusTestResource(value = RevCycleInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "payer_simulator"))
class PayerSimulatorEligibilityTest {

    private static final LocalDate DOS = LocalDate.now();

    @Test
    void shouldAnswerActiveInactiveAndUnknownMembersFromItsTables() {
        String provider = provider();
        String active = member("SYNPAYER1", "25.00", "20.00", "150.00", null);
        String ended = member("SYNPAYER1", "25.00", "20.00", "150.00", DOS.minusDays(1).toString());
        String unknown = "NOSUCH" + provider;
        String trace = "T" + provider;
        send(provider, "SYNPAYER1", inquiry(trace + "1", active), inquiry(trace + "2", ended),
                inquiry(trace + "3", unknown), inquiry(trace + "4", "bad-id"));

        List<EligibilityResponse271> answers = read(await(provider, "271", f -> f.contains(trace)));

        Member271 a = member(answers.get(0));
        assertThat(a.traces()).singleElement().satisfies(t -> {
            assertThat(t.typeCode()).isEqualTo("2");
            assertThat(t.number()).isEqualTo(trace + "1");
        });
        assertThat(a.benefits()).extracting(Benefit::infoCode, Benefit::timePeriod, Benefit::amount, Benefit::percent,
                Benefit::inNetwork).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", null, null, null, null),
                        org.assertj.core.groups.Tuple.tuple("B", "27", new BigDecimal("25.00"), null, "Y"),
                        org.assertj.core.groups.Tuple.tuple("A", "23", null, new BigDecimal("0.20"), "Y"),
                        org.assertj.core.groups.Tuple.tuple("C", "23", new BigDecimal("150.00"), null, "Y"),
                        org.assertj.core.groups.Tuple.tuple("C", "29", new BigDecimal("150.00"), null, "Y"),
                        org.assertj.core.groups.Tuple.tuple("G", "23", new BigDecimal("5000.00"), null, "Y"),
                        org.assertj.core.groups.Tuple.tuple("G", "29", new BigDecimal("5000.00"), null, "Y"));
        assertThat(member(answers.get(1)).benefits()).extracting(Benefit::infoCode).containsExactly("6");
        assertThat(member(answers.get(2)).rejections()).singleElement()
                .satisfies(r -> assertThat(r.reasonCode()).isEqualTo("75"));
        assertThat(member(answers.get(3)).rejections()).singleElement()
                .satisfies(r -> assertThat(r.reasonCode()).isEqualTo("72"));
    }

    @Test
    void shouldAnswerUnavailableWithAaa42AndNotAtAllWhenSilent() {
        String unavailable = payer("UNAVAILABLE");
        String silent = payer("SILENT");
        String provider = provider();
        send(provider, silent, inquiry("S" + provider, "ABC123456"));
        send(provider, unavailable, inquiry("U" + provider, "ABC123456"));

        String file = await(provider, "271", f -> true);
        Source271 source = read(file).get(0).sources().get(0);
        assertThat(source.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reasonCode()).isEqualTo("42");
            assertThat(r.followUpAction()).isEqualTo("R");
        });
        assertThat(source.receivers()).isEmpty();
        // the silent payer's inquiry went in first on the same partition: had it answered, that answer came first
        assertThat(file).doesNotContain(silent);
    }

    static EligibilityInquiry270 inquiry(String trace, String memberId) {
        Member270 subscriber = new Member270(List.of(new Trace("1", trace, "1123456789", null)),
                EntityName.person("IL", "DOE", "JANE", "MI", memberId), List.of(), null, null, null, null, List.of(),
                List.of(DatePeriod.on("291", DOS)), List.of(Inquiry270.ofServiceTypes("30")));
        return new EligibilityInquiry270("13", trace, DOS, "1000", List.of(new Source270(
                EntityName.organization("PR", "PAYER", "PI", "SYNPAYER1"), List.of(new Receiver270(
                        EntityName.organization("1P", "DANA SYNTHETIC", "XX", "1234567893"), List.of(), null, null,
                        List.of(new Subscriber270(subscriber, List.of())))))));
    }

    private static void send(String provider, String payer, EligibilityInquiry270... inquiries) {
        byte[] bytes = X12Toolkit.writeTyped(List.of(inquiries), Envelope.of(provider, payer),
                ControlNumbers.startingAt(1), Delimiters.DEFAULT);
        assertThat(X12Toolkit.validate(bytes)).isEmpty();
        PayerAnswers.send(provider, payer, bytes, "270");
    }

    private static List<EligibilityResponse271> read(String file) {
        return X12Toolkit.readTyped(file.getBytes(StandardCharsets.US_ASCII), EligibilityResponse271.class).values();
    }

    private static Member271 member(EligibilityResponse271 r) {
        return r.sources().get(0).receivers().get(0).subscribers().get(0).subscriber();
    }

    private static String provider() {
        return "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    private static String payer(String mode) {
        String id = "E" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        given().contentType(ContentType.JSON).body(Map.of("payerId", id, "name", "ELIGIBILITY " + mode,
                "allowedPercent", "80.00", "eligibilityMode", mode)).post("/payers").then().statusCode(201);
        return id;
    }

    private static String member(String payer, String copay, String coinsurance, String deductible, String termination) {
        String id = "M" + UUID.randomUUID().toString().replace("-", "").substring(0, 11).toUpperCase();
        Map<String, Object> body = new java.util.HashMap<>(Map.of("payerId", payer, "memberId", id, "lastName", "DOE",
                "firstName", "JANE", "birthDate", "1980-01-01", "sex", "F", "copay", copay, "coinsurancePercent",
                coinsurance, "deductibleRemaining", deductible));
        if (termination != null) {
            body.put("terminationDate", termination);
        }
        given().contentType(ContentType.JSON).body(List.of(body)).post("/members").then().statusCode(201);
        return id;
    }
}
