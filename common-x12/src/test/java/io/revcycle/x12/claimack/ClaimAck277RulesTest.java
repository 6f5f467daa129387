package io.revcycle.x12.claimack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.SnipLevel;

/** Negative tests of the 277CA rules: each broken acknowledgment gives the right finding at the right place. */
class ClaimAck277RulesTest {

    private static String text() {
        return new String(ClaimAck277RoundTripTest.write(List.of(new ClaimAck277Generator(11).next()), 1,
                Delimiters.DEFAULT), StandardCharsets.US_ASCII);
    }

    private static List<Finding> findings(String x12) {
        return X12Toolkit.readTyped(x12.getBytes(StandardCharsets.US_ASCII), ClaimAck277.class).findings();
    }

    private static List<Finding> withCode(List<Finding> findings, String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void shouldAcceptTheGeneratedAcknowledgment() {
        assertThat(findings(text())).isEmpty();
    }

    @Test
    void shouldReportAClaimStatusCategoryOfTheClaimStatusResponse() {
        String x12 = text();
        int at = x12.indexOf("HL*4*3*PT");
        int stc = x12.indexOf("\nSTC*", at) + 1;
        String changed = x12.substring(0, stc) + "STC*F2" + x12.substring(x12.indexOf(':', stc));
        List<Finding> f = withCode(findings(changed), ClaimAck277Rules.STC_CATEGORY);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).level()).isEqualTo(SnipLevel.SITUATIONAL);
        assertThat(f.get(0).location().segmentId()).isEqualTo("STC");
        assertThat(f.get(0).location().loopId()).isEqualTo("2200D");
        assertThat(f.get(0).location().elementPosition()).isEqualTo(1);
        assertThat(f.get(0).location().componentPosition()).isEqualTo(1);
        assertThat(f.get(0).message()).contains("F2").contains("claim level");
    }

    @Test
    void shouldReportDataReportingCategoriesAboveTheClaimLevel() {
        String x12 = text();
        int at = x12.indexOf("HL*2*1*21");
        int stc = x12.indexOf("\nSTC*", at) + 1;
        String changed = x12.substring(0, stc) + "STC*DR01" + x12.substring(x12.indexOf(':', stc));
        List<Finding> f = withCode(findings(changed), ClaimAck277Rules.STC_CATEGORY);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).location().loopId()).isEqualTo("2200B");
    }

    @Test
    void shouldReportAnHlParentThatIsNotOfTheParentLevel() {
        String changed = text().replace("HL*4*3*PT", "HL*4*2*PT");
        List<Finding> f = withCode(findings(changed), ClaimAck277Rules.HL_PARENT);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).location().segmentId()).isEqualTo("HL");
        assertThat(f.get(0).location().elementPosition()).isEqualTo(2);
        assertThat(f.get(0).message()).contains("billing provider (2000C)");
    }

    @Test
    void shouldReportAnHlParentThatDoesNotExist() {
        String changed = text().replace("HL*4*3*PT", "HL*4*9*PT");
        assertThat(withCode(findings(changed), ClaimAck277Rules.HL_PARENT)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("no earlier HL has id 9"));
    }

    @Test
    void shouldReportADuplicateHlId() {
        String changed = text().replace("HL*4*3*PT", "HL*3*3*PT");
        assertThat(withCode(findings(changed), ClaimAck277Rules.HL_ID)).hasSize(1);
    }

    @Test
    void shouldReportAChildCodeThatContradictsTheLevelsBelow() {
        String changed = text().replace("HL*3*2*19*1", "HL*3*2*19*0");
        assertThat(withCode(findings(changed), ClaimAck277Rules.HL_CHILD_CODE)).singleElement()
                .satisfies(f -> assertThat(f.location().elementPosition()).isEqualTo(4));
    }

    @Test
    void shouldReportAMissingClaimServiceDateFromTheSchema() {
        String x12 = text();
        int at = x12.indexOf("HL*4*3*PT");
        int dtp = x12.indexOf("\nDTP*472*", at) + 1;
        int end = x12.indexOf("~\n", dtp) + 2;
        String removed = x12.substring(0, dtp) + x12.substring(end);
        int se = removed.indexOf("\nSE*") + 1;
        int star = removed.indexOf('*', se + 3);
        int count = Integer.parseInt(removed.substring(se + 3, star));
        String changed = removed.substring(0, se + 3) + (count - 1) + removed.substring(star);
        List<Finding> findings = findings(changed);
        assertThat(findings).isNotEmpty().allMatch(f -> f.level() == SnipLevel.IMPLEMENTATION_GUIDE
                && "2200D".equals(f.location().loopId()));
    }
}
