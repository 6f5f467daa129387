package io.revcycle.stack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.revcycle.stack.demo.SyntheticEncounters.Case;
import io.revcycle.stack.hl7.Mllp;

/** The demo's DFT^P03: what it carries, its segments and escapes (coding-service's answer is the e2e test's). */
class Hl7DftTest {

    @Test
    void shouldWriteAProfessionalEncounterAsOneDftWithAnFt1PerLineAndADg1PerDiagnosis() {
        List<Case> cases = SyntheticEncounters.generate(100, 1001L);
        Case c = cases.stream().filter(x -> Hl7Dft.canCarry(x.encounter())).findFirst().orElseThrow();
        List<String> segments = Arrays.asList(Hl7Dft.of(c.encounter()).split("\r"));

        assertThat(segments.get(0)).startsWith("MSH|^~\\&|").contains("|DFT^P03^DFT_P03|"
                + c.encounter().encounterId() + "|P|2.5.1");
        assertThat(segments).filteredOn(s -> s.startsWith("FT1|")).hasSize(c.encounter().procedures().size())
                .allSatisfy(s -> assertThat(s.split("\\|", -1)[6]).isEqualTo("CG"));
        assertThat(segments).filteredOn(s -> s.startsWith("DG1|")).hasSize(c.encounter().diagnoses().size());
        assertThat(segments).filteredOn(s -> s.startsWith("PV1|")).singleElement()
                .satisfies(s -> assertThat(s.split("\\|", -1)[3]).isEqualTo("CLINIC^^^FAC-MAIN&"
                        + c.encounter().billingProviderNpi() + "&NPI"));
        assertThat(segments).filteredOn(s -> s.startsWith("IN1|")).singleElement()
                .satisfies(s -> assertThat(s.split("\\|", -1)[36]).isEqualTo(c.encounter().memberId()));
    }

    @Test
    void shouldCarryOnlyProfessionalEncountersWithEveryCode() {
        List<Case> cases = SyntheticEncounters.generate(100, 1001L);
        assertThat(cases).filteredOn(c -> Hl7Dft.canCarry(c.encounter())).isNotEmpty()
                .noneMatch(c -> c.facility() || c.inpatient() || c.needsCoder());
    }

    @Test
    void shouldEscapeDelimitersAndReadTheAcknowledgmentCode() {
        assertThat(io.revcycle.stack.hl7.Er7.escape("A|B^C&D~E\\F")).isEqualTo("A\\F\\B\\S\\C\\T\\D\\R\\E\\E\\F");
        assertThat(Mllp.acknowledgmentCode("MSH|^~\\&|REVCYCLE|CODING\rMSA|AE|C-1\rERR|^^^207")).isEqualTo("AE");
        assertThat(Mllp.acknowledgmentCode("MSH|^~\\&|x")).isEmpty();
    }
}
