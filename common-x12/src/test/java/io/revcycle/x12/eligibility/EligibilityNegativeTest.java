package io.revcycle.x12.eligibility;

import static io.revcycle.x12.eligibility.X12Text.expect;
import static io.revcycle.x12.eligibility.X12Text.replace;
import static io.revcycle.x12.eligibility.X12Text.validate;
import static io.revcycle.x12.eligibility.X12Text.withCode;
import static io.revcycle.x12.eligibility.X12Text.wrap;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.revcycle.x12.TypedResult;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.Severity;
import io.revcycle.x12.validate.SnipLevel;

/** Each 270/271 rule on a hand-written transaction that breaks it, with the finding's code and location. */
class EligibilityNegativeTest {

    /** A valid 270: subscriber with one dependent (positions: ST = 1, BHT = 2, ...). */
    static final List<String> INQUIRY = List.of(
            "BHT*0022*13*REQ0001*20260314*0926",      // 2
            "HL*1**20*1",                              // 3
            "NM1*PR*2*ACME HEALTH PLAN*****PI*12345",  // 4
            "HL*2*1*21*1",                             // 5
            "NM1*1P*2*RIVER CLINIC*****XX*1234567893", // 6
            "HL*3*2*22*1",                             // 7
            "NM1*IL*1*DOE*JOHN****MI*W123456789",      // 8
            "DMG*D8*19700101*M",                       // 9
            "HL*4*3*23*0",                             // 10
            "TRN*1*TRACE0001*9876543210",              // 11
            "NM1*03*1*DOE*JANE",                       // 12
            "DMG*D8*20050202*F",                       // 13
            "INS*N*19",                                // 14
            "DTP*291*D8*20260314",                     // 15
            "EQ*30");                                  // 16

    /** A valid 271: the subscriber is the patient, with an active coverage, a co-payment and a PCP. */
    static final List<String> RESPONSE = List.of(
            "BHT*0022*11*REQ0001*20260314*0926",       // 2
            "HL*1**20*1",                              // 3
            "NM1*PR*2*ACME HEALTH PLAN*****PI*12345",  // 4
            "HL*2*1*21*1",                             // 5
            "NM1*1P*2*RIVER CLINIC*****XX*1234567893", // 6
            "HL*3*2*22*0",                             // 7
            "TRN*2*TRACE0001*9876543210",              // 8
            "NM1*IL*1*DOE*JOHN****MI*W123456789",      // 9
            "DMG*D8*19700101*M",                       // 10
            "EB*1*IND*30**GOLD PLAN",                  // 11
            "EB*B*IND*98*HM**27*25.00*****Y",          // 12
            "EB*A*IND*98*HM****0.2",                  // 13
            "LS*2120",                                 // 14
            "NM1*P3*1*JONES*MARCUS****XX*1234567893",  // 15
            "LE*2120");                                // 16

    static byte[] inquiry(List<String> segments) {
        return wrap("HS", "270", "005010X279A1", segments);
    }

    static byte[] response(List<String> segments) {
        return wrap("HB", "271", "005010X279A1", segments);
    }

    @Test
    void shouldAcceptTheValidTemplatesWithNoFinding() {
        assertThat(validate(inquiry(INQUIRY))).isEmpty();
        assertThat(validate(response(RESPONSE))).isEmpty();
        TypedResult<EligibilityResponse271> r = X12Toolkit.readTyped(response(RESPONSE), EligibilityResponse271.class);
        Member271 m = r.values().get(0).sources().get(0).receivers().get(0).subscribers().get(0).subscriber();
        assertThat(m.benefits().get(2).percent()).isEqualByComparingTo("0.2");
        assertThat(m.benefits().get(2).info()).contains(EligibilityInfoCode.CO_INSURANCE);
    }

    // ------------------------------------------------------------------------------------------------ HL rules

    @Test
    void shouldReportHlNumberingThatSkipsANumber() {
        List<Finding> f = validate(inquiry(replace(INQUIRY, "HL*2*1*21*1", "HL*5*1*21*1")));
        assertThat(withCode(f, "HL_NUMBERING").get(0).location().segmentPosition()).isEqualTo(5);
        expect(f.stream().filter(x -> x.location().segmentPosition() == 5).toList(), "HL_NUMBERING",
                SnipLevel.SITUATIONAL, "HL", 5, "2000B", 1);
    }

    @Test
    void shouldReportHlParentOfTheWrongLevel() {
        Finding f = expect(validate(inquiry(replace(INQUIRY, "HL*3*2*22*1", "HL*3*1*22*1"))), "HL_PARENT",
                SnipLevel.SITUATIONAL, "HL", 7, "2000C", 2);
        assertThat(f.message()).contains("information source").contains("information receiver");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.x12ErrorCode()).isEqualTo("I12");
    }

    @Test
    void shouldReportHlParentThatIsNotAnEarlierHl() {
        expect(validate(inquiry(replace(INQUIRY, "HL*4*3*23*0", "HL*4*9*23*0"))), "HL_PARENT",
                SnipLevel.SITUATIONAL, "HL", 10, "2000D", 2);
    }

    @Test
    void shouldReportHlChildCodeThatPromisesAbsentChildren() {
        List<String> noDependent = INQUIRY.subList(0, 8);
        List<Finding> f = validate(inquiry(
                replace(new java.util.ArrayList<>(noDependent), "DMG*D8*19700101*M", "DMG*D8*19700101*M", "EQ*30")));
        expect(f, "HL_CHILD_CODE", SnipLevel.SITUATIONAL, "HL", 7, "2000C", 4);
    }

    @Test
    void shouldReportHlChildCodeZeroWithChildren() {
        // 2000C HL04 0 with a dependent following: the schema accepts 0, the HL rule does not
        expect(validate(inquiry(replace(INQUIRY, "HL*3*2*22*1", "HL*3*2*22*0"))), "HL_CHILD_CODE",
                SnipLevel.SITUATIONAL, "HL", 7, "2000C", 4);
    }

    // ------------------------------------------------------------------------------------------------ 270 rules

    @Test
    void shouldReport270PatientWithoutInquiry() {
        expect(validate(inquiry(INQUIRY.subList(0, INQUIRY.size() - 1))), "270_INQUIRY_MISSING",
                SnipLevel.SITUATIONAL, "NM1", 12, "2100D", 0);
    }

    @Test
    void shouldReportDependentWhoIsTheSubscriber() {
        List<String> s = replace(INQUIRY, "NM1*03*1*DOE*JANE", "NM1*03*1*DOE*JOHN");
        s = replace(s, "DMG*D8*20050202*F", "DMG*D8*19700101*M");
        expect(validate(inquiry(s)), "DEPENDENT_IS_SUBSCRIBER", SnipLevel.SITUATIONAL, "HL", 10, "2000D", 0);
    }

    @Test
    void shouldReportAnInvalidDtpDate() {
        Finding f = expect(validate(inquiry(replace(INQUIRY, "DTP*291*D8*20260314", "DTP*291*D8*20261314"))),
                "DATE_INVALID", SnipLevel.IMPLEMENTATION_GUIDE, "DTP", 15, "2100D", 3);
        assertThat(f.x12ErrorCode()).isEqualTo("8");
        TypedResult<EligibilityInquiry270> r = X12Toolkit.readTyped(
                inquiry(replace(INQUIRY, "DTP*291*D8*20260314", "DTP*291*RD8*20260314")), EligibilityInquiry270.class);
        assertThat(withCode(r.findings(), "DATE_INVALID")).hasSize(1);
        assertThat(r.values().get(0).sources().get(0).receivers().get(0).subscribers().get(0).dependents().get(0)
                .dates()).isEmpty();
    }

    @Test
    void shouldReportADiagnosisPointerWithoutItsCode() {
        List<String> s = replace(INQUIRY, "INS*N*19", "INS*N*19", "HI*ABK:E119*ABF:I10");
        s = replace(s, "EQ*30", "EQ*30**FAM**1:3");
        Finding f = expect(validate(inquiry(s)), "DIAGNOSIS_POINTER", SnipLevel.SITUATIONAL, "EQ", 17, "2110D", 5);
        assertThat(f.location().componentPosition()).isEqualTo(2);
        assertThat(validate(inquiry(replace(s, "EQ*30**FAM**1:3", "EQ*30**FAM**1:2")))).isEmpty();
        expect(validate(response(replace(RESPONSE, "EB*1*IND*30**GOLD PLAN", "EB*1*IND*30**GOLD PLAN*********1"))),
                "DIAGNOSIS_POINTER", SnipLevel.SITUATIONAL, "EB", 11, "2110C", 14);
    }

    @Test
    void shouldReportADateRangeThatEndsBeforeItStarts() {
        Finding f = expect(validate(inquiry(replace(INQUIRY, "DTP*291*D8*20260314", "DTP*291*RD8*20260314-20260301"))),
                "DATE_RANGE_REVERSED", SnipLevel.IMPLEMENTATION_GUIDE, "DTP", 15, "2100D", 3);
        assertThat(f.message()).contains("end is before its start");
    }

    // ------------------------------------------------------------------------------------------------ schema (SNIP 2)

    @Test
    void shouldReportCodeValuesTheGuideDoesNotUse() {
        List<Finding> f = validate(inquiry(replace(INQUIRY, "BHT*0022*13*REQ0001*20260314*0926",
                "BHT*0022*11*REQ0001*20260314*0926")));
        expect(f, "INVALID_CODE_VALUE", SnipLevel.IMPLEMENTATION_GUIDE, "BHT", 2, null, 2);
        List<Finding> g = validate(response(replace(RESPONSE, "EB*1*IND*30**GOLD PLAN", "EB*ZZ*IND*30**GOLD PLAN")));
        expect(g, "INVALID_CODE_VALUE", SnipLevel.IMPLEMENTATION_GUIDE, "EB", 11, "2110C", 1);
    }

    @Test
    void shouldReportADependentMemberIdAsNotUsed() {
        List<Finding> f = validate(inquiry(replace(INQUIRY, "NM1*03*1*DOE*JANE", "NM1*03*1*DOE*JANE****MI*W987")));
        assertThat(withCode(f, "UNUSED_ELEMENT_PRESENT")).extracting(x -> x.location().elementPosition())
                .containsExactly(8, 9);
        expect(f.stream().filter(x -> x.location().elementPosition() == 8).toList(), "UNUSED_ELEMENT_PRESENT",
                SnipLevel.IMPLEMENTATION_GUIDE, "NM1", 12, "2100D", 8);
    }

    @Test
    void shouldReportAMissingRequiredElement() {
        expect(validate(inquiry(replace(INQUIRY, "NM1*PR*2*ACME HEALTH PLAN*****PI*12345",
                "NM1*PR*2******PI*12345"))), "REQUIRED_ELEMENT_MISSING", SnipLevel.IMPLEMENTATION_GUIDE, "NM1", 4,
                "2100A", 3);
    }

    @Test
    void shouldReportARejectReasonNotUsedAtTheLevel() {
        // 72 (invalid member id) belongs to the subscriber level, not to the information receiver
        List<String> s = replace(RESPONSE, "NM1*1P*2*RIVER CLINIC*****XX*1234567893",
                "NM1*1P*2*RIVER CLINIC*****XX*1234567893", "AAA*Y**72*C");
        expect(validate(response(s)), "INVALID_CODE_VALUE", SnipLevel.IMPLEMENTATION_GUIDE, "AAA", 7, "2100B", 3);
    }

    // ------------------------------------------------------------------------------------------------ 271 rules

    @Test
    void shouldReportABenefitPercentAboveOne() {
        Finding f = expect(validate(response(replace(RESPONSE, "EB*A*IND*98*HM****0.2", "EB*A*IND*98*HM****20"))),
                "271_EB_PERCENT", SnipLevel.SITUATIONAL, "EB", 13, "2110C", 8);
        assertThat(f.message()).contains("between 0 and 1");
    }

    @Test
    void shouldReportBenefitsOfARejectedSubscriber() {
        List<String> s = replace(RESPONSE, "DMG*D8*19700101*M", "AAA*Y**72*C", "DMG*D8*19700101*M");
        expect(validate(response(s)), "271_AAA_WITH_BENEFITS", SnipLevel.SITUATIONAL, "EB", 12, "2110C", 0);
    }

    @Test
    void shouldReportSubordinatesOfARejectedReceiver() {
        List<String> s = replace(RESPONSE, "NM1*1P*2*RIVER CLINIC*****XX*1234567893",
                "NM1*1P*2*RIVER CLINIC*****XX*1234567893", "AAA*N**43*C");
        expect(validate(response(s)), "271_AAA_WITH_SUBORDINATES", SnipLevel.SITUATIONAL, "HL", 8, "2000C", 0);
    }

    @Test
    void shouldReportAPatientWithNeitherBenefitsNorRejection() {
        expect(validate(response(RESPONSE.subList(0, 9))), "271_BENEFITS_MISSING", SnipLevel.SITUATIONAL, "NM1", 9,
                "2100C", 0);
    }

    @Test
    void shouldReportRelatedEntityWithoutLsLe() {
        List<Finding> f = validate(response(replace(RESPONSE, "LE*2120")));
        expect(f, "271_LS_LE", SnipLevel.SITUATIONAL, "EB", 13, "2110C", 0);
        List<Finding> g = validate(response(RESPONSE.subList(0, 13).stream().collect(java.util.stream.Collectors
                .collectingAndThen(java.util.stream.Collectors.toList(), l -> {
                    l.add("LS*2120");
                    l.add("LE*2120");
                    return l;
                }))));
        expect(g, "271_LS_LE", SnipLevel.SITUATIONAL, "LS", 14, "2110C", 0);
    }
}
