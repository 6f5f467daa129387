package io.revcycle.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.SampleFiles;
import io.revcycle.x12.TypedResult;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.eligibility.Benefit;
import io.revcycle.x12.eligibility.DatePeriod;
import io.revcycle.x12.eligibility.EligibilityInquiry270;
import io.revcycle.x12.eligibility.EligibilityResponse271;
import io.revcycle.x12.eligibility.EntityName;
import io.revcycle.x12.eligibility.Member271;
import io.revcycle.x12.eligibility.Receiver271;
import io.revcycle.x12.eligibility.Rejection;
import io.revcycle.x12.eligibility.Source271;
import io.revcycle.x12.eligibility.Subscriber271;
import io.revcycle.x12.eligibility.Trace;
import io.revcycle.x12.model.Delimiters;

/** 270s written and 271s read through common-x12's bytes; the answers the checks take from them. */
class EligibilityAnswerTest {

    private static final LocalDate DOS = LocalDate.of(2026, 3, 15);

    @Test
    void shouldWriteAClean270ThatNamesTheMemberDateAndTrace() {
        EligibilityInquiry inquiry = new EligibilityInquiry("CHK-42", "1123456789", "SYNTHETIC HEALTH PLAN",
                "SYNPAYER1", "DANA SYNTHETIC", "1234567893", "TESTPATIENT", "ALPHA", "SYN100000001",
                LocalDate.of(1980, 1, 1), "F", DOS, "98");

        byte[] bytes = X12Toolkit.writeTyped(List.of(inquiry.toX12(DOS, "1000")), Envelope.of("RCPROVIDER", "SYNPAYER1"),
                ControlNumbers.startingAt(7), Delimiters.DEFAULT);

        assertThat(X12Toolkit.validate(bytes)).isEmpty();
        String text = new String(bytes, java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(text).contains("ST*270*0007*005010X279A1~", "TRN*1*CHK-42*1123456789~",
                "NM1*IL*1*TESTPATIENT*ALPHA****MI*SYN100000001~", "DTP*291*D8*20260315~", "EQ*98~");
        EligibilityInquiry270 read = X12Toolkit.readTyped(bytes, EligibilityInquiry270.class).values().get(0);
        assertThat(read.sources().get(0).name().id()).isEqualTo("SYNPAYER1");
    }

    @Test
    void shouldReadActiveCoverageWithBenefitsByPeriodNetworkAndServiceType() {
        EligibilityAnswer answer = answer(member(List.of(
                eb("1", "IND", List.of("30"), null, null, null, null, "SYNTHETIC PPO 500"),
                eb("B", "IND", List.of("98"), "27", "25.00", null, "Y", null),
                eb("B", "IND", List.of("98"), "27", "60.00", null, "N", null),
                eb("B", "IND", List.of("30"), "27", "40.00", null, "Y", null),
                eb("A", "IND", List.of("30"), "23", null, "0.2", "Y", null),
                eb("A", "IND", List.of("30"), "23", null, "0.4", "N", null),
                eb("C", "IND", List.of("30"), "23", "500.00", null, "Y", null),
                eb("C", "IND", List.of("30"), "29", "150.00", null, "Y", null),
                eb("C", "FAM", List.of("30"), "29", "900.00", null, "Y", null),
                eb("G", "IND", List.of("30"), "23", "3000.00", null, "Y", null),
                eb("G", "IND", List.of("30"), "29", "2350.00", null, "Y", null)), List.of()));

        assertThat(answer.status()).isEqualTo(EligibilityAnswer.Status.ACTIVE);
        assertThat(answer.traceNumber()).isEqualTo("CHK-7");
        assertThat(answer.planName()).isEqualTo("SYNTHETIC PPO 500");
        assertThat(answer.copay("98")).contains(new BigDecimal("25.00"));       // the office-visit copay, not the general one
        assertThat(answer.copay("33")).contains(new BigDecimal("40.00"));       // chiropractic: the general one
        assertThat(answer.coinsurancePercent("98")).contains(new BigDecimal("20.00"));
        assertThat(answer.deductibleRemaining("98")).contains(new BigDecimal("150.00"));
        assertThat(answer.outOfPocketRemaining("98")).contains(new BigDecimal("2350.00"));
        assertThat(answer.benefits()).filteredOn(b -> b.kind() == BenefitKind.DEDUCTIBLE)
                .extracting(BenefitLine::coverageLevel, BenefitLine::timePeriod, BenefitLine::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("IND", "23", new BigDecimal("500.00")),
                        org.assertj.core.groups.Tuple.tuple("IND", "29", new BigDecimal("150.00")),
                        org.assertj.core.groups.Tuple.tuple("FAM", "29", new BigDecimal("900.00")));
        assertThat(answer.benefits()).filteredOn(b -> b.network() == Network.OUT).hasSize(2);
    }

    @Test
    void shouldReadInactiveCoverageWithoutBenefits() {
        EligibilityAnswer answer = answer(member(List.of(eb("6", "IND", List.of("30"), null, null, null, null, null)),
                List.of()));

        assertThat(answer.status()).isEqualTo(EligibilityAnswer.Status.INACTIVE);
        assertThat(answer.benefits()).isEmpty();
        assertThat(answer.copay("98")).isEmpty();
    }

    @Test
    void shouldReadMemberRejectionsWithTheirReasonCode() {
        for (String code : List.of("72", "75", "42")) {
            EligibilityAnswer answer = answer(member(List.of(), List.of(new Rejection(true, code, "C"))));

            assertThat(answer.status()).isEqualTo(EligibilityAnswer.Status.REJECTED);
            assertThat(answer.rejectionCode()).isEqualTo(code);
            assertThat(answer.traceNumber()).isEqualTo("CHK-7");
        }
    }

    @Test
    void shouldReadThePublicSamples() {
        for (Path file : SampleFiles.matching("lfh__271_")) {
            TypedResult<EligibilityResponse271> read = X12Toolkit.readTyped(SampleFiles.read(file),
                    EligibilityResponse271.class);
            EligibilityAnswer answer = EligibilityAnswer.of(read.values().get(0));
            if (file.getFileName().toString().contains("-error")) {
                // receiver rejected: AAA*Y**50*N, provider ineligible for inquiries
                assertThat(answer.status()).isEqualTo(EligibilityAnswer.Status.REJECTED);
                assertThat(answer.rejectionCode()).isEqualTo("50");
            } else {
                assertThat(answer.status()).isEqualTo(EligibilityAnswer.Status.ACTIVE);
                assertThat(answer.traceNumber()).isEqualTo("93175-012547");
                assertThat(answer.planName()).isEqualTo("GOLD 123 PLAN");
                // EB*B**...98...*HM*GOLD 123 PLAN*27*10.00*****Y and 30.00 out of network (N)
                assertThat(answer.copay("98")).contains(new BigDecimal("10.00"));
                assertThat(answer.benefits()).filteredOn(b -> b.kind() == BenefitKind.COPAY)
                        .extracting(BenefitLine::network, BenefitLine::timePeriod)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(Network.IN, "27"),
                                org.assertj.core.groups.Tuple.tuple(Network.OUT, "27"));
            }
        }
    }

    /** Writes the 271 to bytes, checks they are clean, reads them back and takes the answer. */
    private static EligibilityAnswer answer(Member271 member) {
        EligibilityResponse271 response = new EligibilityResponse271("11", "CHK-7", DOS, "1000", List.of(
                new Source271(List.of(), EntityName.organization("PR", "SYNTHETIC HEALTH PLAN", "PI", "SYNPAYER1"),
                        List.of(), List.of(), List.of(new Receiver271(
                                EntityName.organization("1P", "DANA SYNTHETIC", "XX", "1234567893"), List.of(), null,
                                List.of(), null, List.of(new Subscriber271(member, List.of())))))));
        byte[] bytes = X12Toolkit.writeTyped(List.of(response), Envelope.of("SYNPAYER1", "RCPROVIDER"),
                ControlNumbers.startingAt(1), Delimiters.DEFAULT);
        assertThat(X12Toolkit.validate(bytes)).isEmpty();
        return EligibilityAnswer.of(X12Toolkit.readTyped(bytes, EligibilityResponse271.class).values().get(0));
    }

    private static Member271 member(List<Benefit> benefits, List<Rejection> rejections) {
        return new Member271(List.of(new Trace("2", "CHK-7", "1123456789", null)),
                EntityName.person("IL", "TESTPATIENT", "ALPHA", "MI", "SYN100000001"), List.of(), null, rejections,
                null, null, null, List.of(), rejections.isEmpty() ? List.of(DatePeriod.between("346", DOS.withDayOfYear(1), DOS.withMonth(12).withDayOfMonth(31))) : List.of(), null, benefits);
    }

    private static Benefit eb(String info, String level, List<String> serviceTypes, String period, String amount,
            String percent, String network, String plan) {
        return new Benefit(info, level, serviceTypes, null, plan, period, amount == null ? null : new BigDecimal(amount),
                percent == null ? null : new BigDecimal(percent), null, null, null, network, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
