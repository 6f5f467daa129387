package io.revcycle.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.revcycle.x12.TypedResult;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.SnipLevel;

/** One negative test per rule: a small valid 837 changed in one place gives the finding of that rule, located. */
class Claim837RulesTest {

    static final String P_BODY = String.join("~\n",
            "BHT*0019*00*REF1*20240101*1200*CH",
            "NM1*41*2*SUBMITTER*****46*S1",
            "PER*IC*JANE*TE*5551234567",
            "NM1*40*2*RECEIVER*****46*R1",
            "HL*1**20*1",
            "NM1*85*2*CLINIC*****XX*1234567893",
            "N3*1 MAIN ST",
            "N4*MIAMI*FL*33101",
            "REF*EI*123456789",
            "HL*2*1*22*0",
            "SBR*P*18*******CI",
            "NM1*IL*1*DOE*JOHN****MI*M123",
            "DMG*D8*19800101*M",
            "NM1*PR*2*PAYER*****PI*P1",
            "CLM*PCN1*150.00***11:B:1*Y*A*Y*Y",
            "HI*ABK:J20*ABF:R05",
            "NM1*82*1*SMITH*ANN****XX*1234567893",
            "SBR*S*01*G1******CI",
            "AMT*D*120.00",
            "OI***Y***Y",
            "NM1*IL*1*DOE*JANE****MI*X9",
            "NM1*PR*2*OTHER*****PI*OP1",
            "LX*1",
            "SV1*HC:99213*100.00*UN*1***1:2",
            "DTP*472*D8*20240101",
            "SVD*OP1*80.00*HC:99213**1",
            "CAS*CO*45*20.00",
            "DTP*573*D8*20240201",
            "LX*2",
            "SV1*HC:87070*50.00*UN*1***1",
            "DTP*472*D8*20240101",
            "SVD*OP1*40.00*HC:87070**1",
            "CAS*CO*45*10.00",
            "DTP*573*D8*20240201") + "~\n";

    static final String I_BODY = String.join("~\n",
            "BHT*0019*00*REF2*20240101*1200*CH",
            "NM1*41*2*HOSPITAL*****46*S1",
            "PER*IC*JANE*TE*5551234567",
            "NM1*40*2*RECEIVER*****46*R1",
            "HL*1**20*1",
            "NM1*85*2*HOSPITAL*****XX*1234567893",
            "N3*1 MAIN ST",
            "N4*MIAMI*FL*33101",
            "REF*EI*123456789",
            "HL*2*1*22*1",
            "SBR*P********MB",
            "NM1*IL*1*DOE*JOHN****MI*M123",
            "NM1*PR*2*PAYER*****PI*P1",
            "HL*3*2*23*0",
            "PAT*19",
            "NM1*QC*1*DOE*JIM",
            "N3*2 MAIN ST",
            "N4*MIAMI*FL*33101",
            "DMG*D8*20100101*M",
            "CLM*PCN2*300.00***11:A:1**A*Y*Y",
            "DTP*434*RD8*20240101-20240103",
            "CL1*1**01",
            "HI*ABK:J20:::::::Y",
            "HI*BE:80:::125.00",
            "NM1*71*1*JONES*JOHN****XX*1234567893",
            "LX*1",
            "SV2*0300*HC:85025*200.00*UN*1",
            "LX*2",
            "SV2*0730**100.00*UN*1") + "~\n";

    static byte[] interchange(String body, String guide) {
        int count = body.split("~", -1).length - 1 + 2;
        String s = "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*00501*"
                + "000000001*0*T*:~\nGS*HC*SENDER*RECEIVER*20240101*1200*1*X*" + guide + "~\nST*837*0001*" + guide
                + "~\n" + body + "SE*" + count + "*0001~\nGE*1*1~\nIEA*1*000000001~\n";
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static List<Finding> findingsP(String body) {
        return X12Toolkit.validate(interchange(body, "005010X222A1"));
    }

    static List<Finding> findingsI(String body) {
        return X12Toolkit.validate(interchange(body, "005010X223A2"));
    }

    static String replace(String body, String from, String to) {
        assertThat(body).contains(from);
        return body.replace(from, to);
    }

    private static List<Finding> withCode(List<Finding> findings, String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void shouldAcceptTheValidFixtures() {
        assertThat(findingsP(P_BODY)).extracting(Finding::toString).isEmpty();
        assertThat(findingsI(I_BODY)).extracting(Finding::toString).isEmpty();
        TypedResult<Claim837> p = X12Toolkit.readTyped(interchange(P_BODY, "005010X222A1"), Claim837.class);
        Claim claim = p.values().get(0).claims().findFirst().orElseThrow();
        assertThat(claim.totalCharge()).isEqualByComparingTo("150");
        assertThat(claim.lines()).hasSize(2);
        assertThat(claim.otherSubscribers().get(0).payerPaid()).isEqualByComparingTo("120");
        assertThat(claim.lines().get(0).professional().diagnosisPointers()).containsExactly(1, 2);
        TypedResult<Claim837> i = X12Toolkit.readTyped(interchange(I_BODY, "005010X223A2"), Claim837.class);
        Claim ic = i.values().get(0).claims().findFirst().orElseThrow();
        assertThat(ic.typeOfBill()).isEqualTo("0111");
        assertThat(ic.valueCodes()).extracting(HealthCode::amount).containsExactly(new java.math.BigDecimal("125.00"));
        assertThat(ic.diagnoses().get(0).presentOnAdmission()).isEqualTo("Y");
        assertThat(ic.institutional().patientStatus()).isEqualTo("01");
    }

    @Test
    void shouldReportClaimTotalThatIsNotTheSumOfTheLines() {
        List<Finding> f = withCode(findingsP(replace(P_BODY, "CLM*PCN1*150.00", "CLM*PCN1*151.00")),
                "837_CLAIM_TOTAL");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).level()).isEqualTo(SnipLevel.BALANCING);
        assertThat(f.get(0).location().segmentId()).isEqualTo("CLM");
        assertThat(f.get(0).location().loopId()).isEqualTo("2300");
        assertThat(f.get(0).location().elementPosition()).isEqualTo(2);
        assertThat(f.get(0).location().segmentPosition()).isEqualTo(16);
        assertThat(f.get(0).location().transactionControlNumber()).isEqualTo("0001");
        assertThat(f.get(0).message()).contains("151.00").contains("150.00");
        assertThat(withCode(findingsI(replace(I_BODY, "CLM*PCN2*300.00", "CLM*PCN2*301")), "837_CLAIM_TOTAL"))
                .hasSize(1);
    }

    @Test
    void shouldReportPatientLoopWhenTheSubscriberIsThePatient() {
        String body = replace(I_BODY, "SBR*P********MB", "SBR*P*18*******MB");
        List<Finding> f = withCode(findingsI(body), "837_PATIENT_LOOP");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).level()).isEqualTo(SnipLevel.SITUATIONAL);
        assertThat(f.get(0).location().segmentId()).isEqualTo("SBR");
        assertThat(f.get(0).message()).contains("SBR02 18");
    }

    @Test
    void shouldReportMissingPatientLoopWhenTheSubscriberIsNotThePatient() {
        String body = replace(P_BODY, "SBR*P*18*******CI", "SBR*P********CI");
        List<Finding> f = withCode(findingsP(body), "837_PATIENT_LOOP");
        assertThat(f).isNotEmpty();
        assertThat(f.get(0).message()).contains("patient loop 2000C");
    }

    @Test
    void shouldReportDiagnosisPointerBeyondTheDiagnoses() {
        List<Finding> f = withCode(findingsP(replace(P_BODY, "***1:2~", "***1:3~")), "837_DIAGNOSIS_POINTER");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).location().segmentId()).isEqualTo("SV1");
        assertThat(f.get(0).location().elementPosition()).isEqualTo(7);
        assertThat(f.get(0).location().componentPosition()).isEqualTo(2);
        assertThat(f.get(0).location().loopId()).isEqualTo("2400");
    }

    @Test
    void shouldReportMoreThanTwelveDiagnoses() {
        StringBuilder hi = new StringBuilder("HI*ABK:J20");
        for (int i = 0; i < 12; i++) {
            hi.append("*ABF:R0").append(i % 10);
        }
        List<Finding> all = findingsP(replace(P_BODY, "HI*ABK:J20*ABF:R05", hi.toString()));
        assertThat(withCode(all, "837_DIAGNOSIS_COUNT")).hasSize(1);
        assertThat(all).anyMatch(f -> f.code().equals("TOO_MANY_ELEMENTS"));
    }

    @Test
    void shouldReportWrongHlParentAndNumbering() {
        assertThat(withCode(findingsP(replace(P_BODY, "HL*2*1*22*0", "HL*2*7*22*0")), "837_HL_PARENT")).hasSize(1);
        List<Finding> numbering = withCode(findingsI(replace(I_BODY, "HL*3*2*23*0", "HL*4*2*23*0")),
                "837_HL_NUMBERING");
        assertThat(numbering).hasSize(1);
        assertThat(numbering.get(0).location().elementPosition()).isEqualTo(1);
        assertThat(withCode(findingsI(replace(I_BODY, "HL*3*2*23*0", "HL*3*1*23*0")), "837_HL_PARENT")).hasSize(1);
        assertThat(withCode(findingsI(replace(I_BODY, "HL*2*1*22*1", "HL*2*1*22*0")), "837_HL_CHILD_CODE"))
                .hasSize(1);
    }

    @Test
    void shouldReportClaimWithoutLines() {
        String body = I_BODY.substring(0, I_BODY.indexOf("LX*1"));
        List<Finding> all = findingsI(body);
        assertThat(withCode(all, "837_CLAIM_LINES")).hasSize(1);
    }

    @Test
    void shouldReportInvalidNpi() {
        String body = replace(P_BODY, "SMITH*ANN****XX*1234567893", "SMITH*ANN****XX*1234567890");
        List<Finding> f = withCode(findingsP(body),
                "837_NPI");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).location().loopId()).isEqualTo("2310B");
        assertThat(f.get(0).location().elementPosition()).isEqualTo(9);
        assertThat(Claim837Rules.validNpi("1234567893")).isTrue();
        assertThat(Claim837Rules.validNpi("123456789")).isFalse();
        assertThat(Claim837Rules.validNpi("12345678A3")).isFalse();
    }

    @Test
    void shouldReportCobAmountsThatDoNotBalance() {
        List<Finding> paid = findingsP(replace(P_BODY, "AMT*D*120.00", "AMT*D*110.00"));
        assertThat(withCode(paid, "837_COB_PAYER_PAID")).hasSize(1);
        assertThat(withCode(paid, "837_COB_CLAIM_BALANCE")).hasSize(1);
        assertThat(withCode(paid, "837_COB_PAYER_PAID").get(0).location().loopId()).isEqualTo("2320");

        List<Finding> line = findingsP(replace(P_BODY, "SVD*OP1*80.00", "SVD*OP1*70.00"));
        assertThat(withCode(line, "837_COB_LINE_BALANCE")).hasSize(1);
        assertThat(withCode(line, "837_COB_LINE_BALANCE").get(0).location().loopId()).isEqualTo("2430");

        String claimLevel = replace(replace(replace(P_BODY, "SVD*OP1*80.00*HC:99213**1~\nCAS*CO*45*20.00~\n"
                + "DTP*573*D8*20240201~\n", ""), "SVD*OP1*40.00*HC:87070**1~\nCAS*CO*45*10.00~\nDTP*573*D8*20240201~\n",
                ""), "AMT*D*120.00", "CAS*PR*1*25.00~\nAMT*D*120.00");
        assertThat(findingsP(claimLevel)).extracting(Finding::code).containsExactly("837_COB_CLAIM_BALANCE");
    }

    @Test
    void shouldReportGuideErrorsFromTheSchema() {
        List<Finding> missing = findingsP(replace(P_BODY, "CLM*PCN1*150.00***", "CLM*PCN1****"));
        assertThat(missing).anyMatch(f -> f.code().equals("REQUIRED_ELEMENT_MISSING")
                && "CLM".equals(f.location().segmentId()) && f.location().elementPosition() == 2
                && "2300".equals(f.location().loopId()));
        List<Finding> frequency = findingsP(replace(P_BODY, "11:B:1", "11:B:9"));
        assertThat(frequency).anyMatch(f -> f.code().equals("INVALID_CODE_VALUE")
                && f.location().elementPosition() == 5 && f.location().componentPosition() == 3);
        List<Finding> filing = findingsP(replace(P_BODY, "SBR*P*18*******CI", "SBR*P*18*******XX"));
        assertThat(filing).anyMatch(f -> f.code().equals("INVALID_CODE_VALUE")
                && "SBR".equals(f.location().segmentId()));
        List<Finding> payerMissing = findingsP(replace(P_BODY, "NM1*PR*2*PAYER*****PI*P1~\n", ""));
        assertThat(payerMissing).isNotEmpty();
        List<Finding> institutionalOnly = findingsP(replace(P_BODY, "HI*ABK:J20*ABF:R05", "CL1*1**01~\nHI*ABK:J20"));
        assertThat(institutionalOnly).isNotEmpty();
    }

    @Test
    void shouldHaveValidFuzzSeeds() throws Exception {
        for (String guide : List.of("005010X222A1", "005010X223A2")) {
            try (var in = getClass().getResourceAsStream("/io/revcycle/x12/examples/837-" + guide + ".x12")) {
                assertThat(in).as(guide).isNotNull();
                byte[] seed = in.readAllBytes();
                assertThat(X12Toolkit.validate(seed)).as(guide).extracting(Finding::toString).isEmpty();
                assertThat(X12Toolkit.readTyped(seed, Claim837.class).values()).as(guide).hasSize(1);
            }
        }
    }

    @Test
    void shouldNeverThrowOnBrokenClaims() {
        byte[] valid = interchange(P_BODY, "005010X222A1");
        Random r = new Random(837);
        for (int i = 0; i < 300; i++) {
            byte[] b = valid.clone();
            int cut = r.nextInt(b.length);
            byte[] broken = java.util.Arrays.copyOf(b, i % 3 == 0 ? cut : b.length);
            if (i % 3 != 0) {
                for (int k = 0; k < 3; k++) {
                    broken[r.nextInt(broken.length)] = (byte) "*~:^0A\n".charAt(r.nextInt(7));
                }
            }
            assertThatCode(() -> X12Toolkit.readTyped(broken, Claim837.class)).doesNotThrowAnyException();
        }
    }
}
