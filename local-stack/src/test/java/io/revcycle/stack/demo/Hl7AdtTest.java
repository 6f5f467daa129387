package io.revcycle.stack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.revcycle.stack.demo.SyntheticEncounters.Case;

/** The demo's ADT^A04: the patient and one IN1 per coverage (eligibility-service's answer is the e2e test's). */
class Hl7AdtTest {

    @Test
    void shouldRegisterThePatientsCoverageAsOneA04WithoutBenefits() {
        List<Case> cases = SyntheticEncounters.generate(100, 1001L);
        Case ended = cases.stream().filter(c -> c.coverage().effectiveTo() != null).findFirst().orElseThrow();
        List<String> segments = Arrays.asList(Hl7Adt.of(ended).split("\r"));

        assertThat(segments).extracting(s -> s.substring(0, 3)).containsExactly("MSH", "EVN", "PID", "PV1", "IN1");
        assertThat(segments.get(0)).contains("|ADT^A04^ADT_A01|A04-" + ended.encounter().encounterId() + "|P|2.5.1");
        assertThat(segments.get(2)).isEqualTo(Hl7Dft.pid(ended.encounter().patient()));
        String[] in1 = segments.get(4).split("\\|", -1);
        assertThat(in1[3]).isEqualTo(ended.coverage().payerId());
        assertThat(in1[36]).isEqualTo(ended.coverage().memberId());
        assertThat(in1[12]).isEqualTo("20260101");
        assertThat(in1[13]).isEqualTo("20260131");
        assertThat(in1[17]).isEqualTo("SEL");
        assertThat(in1).hasSize(37); // nothing after the member id: IN1 has no benefits to send

        Case open = cases.stream().filter(c -> c.coverage().effectiveTo() == null).findFirst().orElseThrow();
        assertThat(Hl7Adt.of(open).split("\r")[4].split("\\|", -1)[13]).isEmpty();
    }
}
