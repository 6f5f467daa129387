package io.revcycle.x12.status;

import static io.revcycle.x12.eligibility.X12Text.expect;
import static io.revcycle.x12.eligibility.X12Text.replace;
import static io.revcycle.x12.eligibility.X12Text.validate;
import static io.revcycle.x12.eligibility.X12Text.wrap;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.SnipLevel;

/** Each 276/277 rule on a hand-written transaction that breaks it, with the finding's code and location. */
class StatusNegativeTest {

    /** A valid 276: a subscriber who is the patient (one claim, one line) and a subscriber with a dependent. */
    static final List<String> REQUEST = List.of(
            "BHT*0010*13*REQ0001*20260314*0926",       // 2
            "HL*1**20*1",                              // 3
            "NM1*PR*2*ACME HEALTH PLAN*****PI*12345",  // 4
            "HL*2*1*21*1",                             // 5
            "NM1*41*2*RIVER BILLING*****46*ETIN01",    // 6
            "HL*3*2*19*1",                             // 7
            "NM1*1P*2*RIVER CLINIC*****XX*1234567893", // 8
            "HL*4*3*22*0",                             // 9
            "DMG*D8*19700101*M",                       // 10
            "NM1*IL*1*DOE*JOHN****MI*W123456789",      // 11
            "TRN*1*TRACE0001",                         // 12
            "REF*EJ*PCN0001",                          // 13
            "AMT*T3*150.00",                           // 14
            "DTP*472*D8*20260301",                     // 15
            "SVC*HC:99213*150.00*****1",               // 16
            "DTP*472*RD8*20260301-20260302",           // 17
            "HL*5*3*22*1",                             // 18
            "NM1*IL*1*ROE*RICHARD****MI*W222",         // 19
            "HL*6*5*23",                               // 20
            "DMG*D8*20100505*F",                       // 21
            "NM1*QC*1*ROE*SALLY",                      // 22
            "TRN*1*TRACE0002",                         // 23
            "REF*EJ*PCN0002");                         // 24

    /** A valid 277 answering it: paid claim with a paid line, and "data search unsuccessful" for the dependent. */
    static final List<String> RESPONSE = List.of(
            "BHT*0010*08*RSP0001*20260314*0926*DG",    // 2
            "HL*1**20*1",                              // 3
            "NM1*PR*2*ACME HEALTH PLAN*****PI*12345",  // 4
            "HL*2*1*21*1",                             // 5
            "NM1*41*2*RIVER BILLING*****46*ETIN01",    // 6
            "HL*3*2*19*1",                             // 7
            "NM1*1P*2*RIVER CLINIC*****XX*1234567893", // 8
            "HL*4*3*22*0",                             // 9
            "NM1*IL*1*DOE*JOHN****MI*W123456789",      // 10
            "TRN*2*TRACE0001",                         // 11
            "STC*F1:65*20260310**150.00*120.00",       // 12
            "REF*1K*PAYERCLAIM1",                      // 13
            "REF*EJ*PCN0001",                          // 14
            "DTP*472*D8*20260301",                     // 15
            "SVC*HC:99213*150.00*120.00****1",         // 16
            "STC*F1:65*20260310",                      // 17
            "DTP*472*D8*20260301",                     // 18
            "HL*5*3*22*1",                             // 19
            "NM1*IL*1*ROE*RICHARD****MI*W222",         // 20
            "HL*6*5*23",                               // 21
            "NM1*QC*1*ROE*SALLY",                      // 22
            "TRN*2*TRACE0002",                         // 23
            "STC*D0:35*20260310**80.00");              // 24

    static byte[] request(List<String> segments) {
        return wrap("HR", "276", "005010X212", segments);
    }

    static byte[] response(List<String> segments) {
        return wrap("HN", "277", "005010X212", segments);
    }

    static List<String> without(List<String> segments, int fromPosition, int toPosition) {
        List<String> out = new ArrayList<>(segments);
        out.subList(fromPosition - 2, toPosition - 1).clear();
        return out;
    }

    @Test
    void shouldAcceptTheValidTemplatesWithNoFinding() {
        assertThat(validate(request(REQUEST))).isEmpty();
        assertThat(validate(response(RESPONSE))).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ 276

    @Test
    void shouldReportADuplicateTraceNumber() {
        Finding f = expect(validate(request(replace(REQUEST, "TRN*1*TRACE0002", "TRN*1*TRACE0001"))),
                "276_TRACE_DUPLICATE", SnipLevel.SITUATIONAL, "TRN", 23, "2200E", 2);
        assertThat(f.message()).contains("trace number");
    }

    @Test
    void shouldReportAPatientWithoutClaim() {
        expect(validate(request(without(REQUEST, 12, 17))), "276_CLAIM_MISSING", SnipLevel.SITUATIONAL, "HL", 9,
                "2000D", 0);
    }

    @Test
    void shouldReportAPatientSubscriberWithoutDemographics() {
        expect(validate(request(without(REQUEST, 10, 10))), "276_PATIENT_DEMOGRAPHICS", SnipLevel.SITUATIONAL, "HL",
                9, "2000D", 0);
    }

    @Test
    void shouldReportAReferenceQualifierUsedTwice() {
        expect(validate(request(replace(REQUEST, "REF*EJ*PCN0001", "REF*EJ*PCN0001", "REF*EJ*PCN0009"))),
                "276_REF_REPEATED", SnipLevel.SITUATIONAL, "REF", 14, "2200D", 1);
    }

    @Test
    void shouldReportADependentWhoIsTheSubscriber() {
        List<String> s = replace(REQUEST, "HL*5*3*22*1", "HL*5*3*22*1", "DMG*D8*19800101*M");
        s = replace(s, "DMG*D8*20100505*F", "DMG*D8*19800101*M");
        s = replace(s, "NM1*QC*1*ROE*SALLY", "NM1*QC*1*ROE*RICHARD");
        expect(validate(request(s)), "DEPENDENT_IS_SUBSCRIBER", SnipLevel.SITUATIONAL, "HL", 21, "2000E", 0);
    }

    @Test
    void shouldReportAProviderLevelSkippedByHl02() {
        expect(validate(request(replace(REQUEST, "HL*4*3*22*0", "HL*4*2*22*0"))), "HL_PARENT", SnipLevel.SITUATIONAL,
                "HL", 9, "2000D", 2);
    }

    @Test
    void shouldReportA277TraceTypeInA276() {
        expect(validate(request(replace(REQUEST, "TRN*1*TRACE0001", "TRN*2*TRACE0001"))), "INVALID_CODE_VALUE",
                SnipLevel.IMPLEMENTATION_GUIDE, "TRN", 12, "2200D", 1);
    }

    // ------------------------------------------------------------------------------------------------ 277

    @Test
    void shouldReportADataSearchStatusOnAServiceLine() {
        Finding f = expect(validate(response(replace(RESPONSE, "STC*F1:65*20260310", "STC*D0:35*20260310"))),
                "277_STC_CATEGORY", SnipLevel.SITUATIONAL, "STC", 17, "2220D", 1);
        assertThat(f.location().componentPosition()).isEqualTo(1);
        assertThat(f.x12ErrorCode()).isEqualTo("I6");
    }

    @Test
    void shouldReportAnUnknownCategoryFamilyInAnyStatusComposite() {
        expect(validate(response(replace(RESPONSE, "STC*F1:65*20260310**150.00*120.00",
                "STC*X1:65*20260310**150.00*120.00"))), "277_STC_CATEGORY", SnipLevel.SITUATIONAL, "STC", 12,
                "2200D", 1);
        expect(validate(response(replace(RESPONSE, "STC*F1:65*20260310**150.00*120.00",
                "STC*F1:65*20260310**150.00*120.00*****Q1:2"))), "277_STC_CATEGORY", SnipLevel.SITUATIONAL, "STC",
                12, "2200D", 10);
    }

    @Test
    void shouldReportADependentWithoutClaimStatus() {
        expect(validate(response(without(RESPONSE, 23, 24))), "277_CLAIM_MISSING", SnipLevel.SITUATIONAL, "HL", 21,
                "2000E", 0);
    }

    @Test
    void shouldReportARepeatedPayerClaimNumber() {
        expect(validate(response(replace(RESPONSE, "REF*EJ*PCN0001", "REF*1K*PAYERCLAIM2"))), "277_REF_REPEATED",
                SnipLevel.SITUATIONAL, "REF", 14, "2200D", 1);
    }

    @Test
    void shouldReportRequiredElementsOfThe277() {
        expect(validate(response(replace(RESPONSE, "BHT*0010*08*RSP0001*20260314*0926*DG",
                "BHT*0010*08*RSP0001*20260314*0926"))), "REQUIRED_ELEMENT_MISSING", SnipLevel.IMPLEMENTATION_GUIDE,
                "BHT", 2, null, 6);
        expect(validate(response(replace(RESPONSE, "SVC*HC:99213*150.00*120.00****1", "SVC*HC:99213*150.00*****1"))),
                "REQUIRED_ELEMENT_MISSING", SnipLevel.IMPLEMENTATION_GUIDE, "SVC", 16, "2220D", 3);
    }

    @Test
    void shouldReportClaimLevelAmountsOnALineStatus() {
        expect(validate(response(replace(RESPONSE, "STC*F1:65*20260310", "STC*F1:65*20260310**150.00"))),
                "UNUSED_ELEMENT_PRESENT", SnipLevel.IMPLEMENTATION_GUIDE, "STC", 17, "2220D", 4);
    }
}
