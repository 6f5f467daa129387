package io.revcycle.coding.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.revcycle.coding.service.DocumentEncounterCommand;

/** Plain JUnit: the docs/fhir sample bundles read into documentation, and invalid bundles with every problem. */
class EncounterBundleReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void shouldReadTheProfessionalSample() {
        EncounterBundleReader.Reading reading = EncounterBundleReader.read(
                SampleBundles.text(SampleBundles.PROFESSIONAL), TODAY);

        assertThat(reading.problems()).isEmpty();
        DocumentEncounterCommand c = reading.command();
        assertThat(c.encounterId()).isEqualTo("ENC-FHIR-PRO-1");
        assertThat(c.encounterType()).isEqualTo("PROFESSIONAL");
        assertThat(c.patient().patientId()).isEqualTo("PAT-FHIR-1001");
        assertThat(c.patient().sex()).isEqualTo("F");
        assertThat(c.patient().dateOfBirth()).isEqualTo(LocalDate.of(1958, 2, 14));
        assertThat(c.patient().address().postalCode()).isEqualTo("62701");
        assertThat(c.renderingProviderNpi()).isEqualTo("1234567893");
        assertThat(c.billingProviderNpi()).isEqualTo("1245319599");
        assertThat(c.specialty()).isEqualTo("207Q00000X");
        assertThat(c.facilityId()).isEqualTo("FAC-CLINIC-1");
        assertThat(c.placeOfService()).isEqualTo("11");
        assertThat(c.payerId()).isEqualTo("SYNPAYER1");
        assertThat(c.memberId()).isEqualTo("SYN-M-1001");
        assertThat(c.dateOfService()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(c.diagnoses()).extracting(DocumentEncounterCommand.Diagnosis::sequence,
                DocumentEncounterCommand.Diagnosis::code).containsExactly(tuple(1, "E11.9"), tuple(2, "I10"));
        assertThat(c.procedures()).extracting(DocumentEncounterCommand.Procedure::code,
                DocumentEncounterCommand.Procedure::codeSystem, DocumentEncounterCommand.Procedure::diagnosisSequences)
                .containsExactly(tuple("99214", "CPT", List.of(1, 2)), tuple("83036", "CPT", List.of(1)));
        assertThat(c.noteText()).startsWith("Follow-up visit for type 2 diabetes");
        assertThat(c.admissionDate()).isNull();
        assertThat(c.expectedCharge()).as("no ChargeItem").isNull();
    }

    @Test
    void shouldReadTheOutpatientFacilitySampleWithRelativeReferencesAndAComposition() {
        EncounterBundleReader.Reading reading = EncounterBundleReader.read(
                SampleBundles.text(SampleBundles.OUTPATIENT_FACILITY), TODAY);

        assertThat(reading.problems()).isEmpty();
        DocumentEncounterCommand c = reading.command();
        assertThat(c.encounterType()).isEqualTo("OUTPATIENT_FACILITY");
        assertThat(c.placeOfService()).isEqualTo("23");
        assertThat(c.facilityId()).isEqualTo("FAC-HOSP-1-ED");
        assertThat(c.dateOfService()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(c.procedures()).extracting(DocumentEncounterCommand.Procedure::code)
                .containsExactly("99284", "71046", "93000");
        assertThat(c.noteText()).contains("History of present illness: Intermittent chest pain")
                .contains("Assessment: Chest pain, unspecified").doesNotContain("<div");
    }

    @Test
    void shouldReadTheInpatientSampleWithPoaDischargeAndIcd10PcsProcedures() {
        EncounterBundleReader.Reading reading = EncounterBundleReader.read(SampleBundles.text(SampleBundles.INPATIENT),
                TODAY);

        assertThat(reading.problems()).isEmpty();
        DocumentEncounterCommand c = reading.command();
        assertThat(c.encounterType()).isEqualTo("INPATIENT");
        assertThat(c.admissionDate()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(c.dischargeDate()).isEqualTo(LocalDate.of(2026, 11, 14));
        assertThat(c.dateOfService()).as("inpatient codes are valid by discharge date").isEqualTo(c.dischargeDate());
        assertThat(c.dischargeDisposition()).isEqualTo("01");
        assertThat(c.admissionType()).as("ActPriority EM: emergency").isEqualTo("1");
        assertThat(c.admissionSource()).as("NUBC point of origin: transfer from a hospital").isEqualTo("4");
        assertThat(c.placeOfService()).isEqualTo("21");
        assertThat(c.diagnoses()).extracting(DocumentEncounterCommand.Diagnosis::code,
                DocumentEncounterCommand.Diagnosis::presentOnAdmission)
                .containsExactly(tuple("J18.9", "Y"), tuple("J44.1", "Y"), tuple("E87.6", "N"));
        assertThat(c.procedures()).extracting(DocumentEncounterCommand.Procedure::code,
                DocumentEncounterCommand.Procedure::codeSystem, DocumentEncounterCommand.Procedure::performedDate)
                .containsExactly(tuple("5A1945Z", "ICD10PCS", LocalDate.of(2026, 11, 10)),
                        tuple("0BH17EZ", "ICD10PCS", LocalDate.of(2026, 11, 10)));
        assertThat(c.noteText()).contains("mechanically ventilated");
        assertThat(c.expectedCharge()).isEqualByComparingTo("12925.50").hasScaleOf(2);
    }

    @Test
    void shouldMapHl7DischargeDispositionAdmitSourceAndPriorityToNubc() {
        ObjectNode bundle = SampleBundles.tree(SampleBundles.INPATIENT);
        ObjectNode encounter = SampleBundles.resource(bundle, "Encounter", 0);
        ((ObjectNode) encounter.get("hospitalization").get("dischargeDisposition").get("coding").get(0))
                .put("system", EncounterBundleReader.HL7_DISCHARGE_DISPOSITION).put("code", "snf");
        ((ObjectNode) encounter.get("hospitalization").get("admitSource").get("coding").get(0))
                .put("system", EncounterBundleReader.HL7_ADMIT_SOURCE).put("code", "nursing");
        ((ObjectNode) encounter.get("priority").get("coding").get(0)).put("code", "EL");

        DocumentEncounterCommand c = EncounterBundleReader.read(bundle.toString(), TODAY).command();
        assertThat(List.of(c.dischargeDisposition(), c.admissionSource(), c.admissionType()))
                .containsExactly("03", "5", "3");

        encounter.remove("priority");
        ((ObjectNode) encounter.get("hospitalization")).remove("admitSource");
        DocumentEncounterCommand without = EncounterBundleReader.read(bundle.toString(), TODAY).command();
        assertThat(Arrays.asList(without.admissionType(), without.admissionSource()))
                .as("optional: the claim then says 9").containsExactly(null, null);
    }

    @Test
    void shouldListAnAdmitSourceOrPriorityOutsideNubcAndHl7() {
        ObjectNode bundle = SampleBundles.tree(SampleBundles.INPATIENT);
        ObjectNode encounter = SampleBundles.resource(bundle, "Encounter", 0);
        ((ObjectNode) encounter.get("hospitalization").get("admitSource").get("coding").get(0)).put("code", "7");
        ((ObjectNode) encounter.get("priority").get("coding").get(0)).put("code", "ASAP");
        int e = SampleBundles.indexOf(bundle, "Encounter", 0);

        assertThat(EncounterBundleReader.read(bundle.toString(), TODAY).problems())
                .extracting(BundleProblem::expression).containsExactlyInAnyOrder(
                        "Bundle.entry[" + e + "].resource.hospitalization.admitSource",
                        "Bundle.entry[" + e + "].resource.priority");
    }

    @Test
    void shouldListMissingPatientAndEveryReferenceToIt() {
        ObjectNode bundle = SampleBundles.tree(SampleBundles.PROFESSIONAL);
        ((ArrayNode) bundle.get("entry")).remove(SampleBundles.indexOf(bundle, "Patient", 0));

        List<BundleProblem> problems = EncounterBundleReader.read(bundle.toString(), TODAY).problems();

        assertThat(problems).containsExactly(new BundleProblem("Bundle.entry", "a Patient is required"));
    }

    @Test
    void shouldListEveryBadReference() {
        ObjectNode bundle = SampleBundles.tree(SampleBundles.PROFESSIONAL);
        SampleBundles.resource(bundle, "Condition", 1).putObject("subject").put("reference", "urn:uuid:not-in-bundle");
        SampleBundles.resource(bundle, "Encounter", 0).putObject("serviceProvider")
                .put("reference", bundle.get("entry").get(0).get("fullUrl").asText()); // the Patient
        SampleBundles.resource(bundle, "Coverage", 0).putObject("beneficiary").put("reference", "Patient/elsewhere");
        int condition = SampleBundles.indexOf(bundle, "Condition", 1);
        int encounter = SampleBundles.indexOf(bundle, "Encounter", 0);
        int coverage = SampleBundles.indexOf(bundle, "Coverage", 0);

        List<BundleProblem> problems = EncounterBundleReader.read(bundle.toString(), TODAY).problems();

        assertThat(problems).extracting(BundleProblem::expression).containsExactlyInAnyOrder(
                "Bundle.entry[" + encounter + "].resource.serviceProvider",
                "Bundle.entry[" + coverage + "].resource.beneficiary",
                "Bundle.entry[" + condition + "].resource.subject");
        assertThat(problems).extracting(BundleProblem::message).contains(
                "must reference a Organization, found Patient",
                "reference urn:uuid:not-in-bundle does not resolve to a resource in the bundle");
    }

    @Test
    void shouldListEveryWrongCodeSystem() {
        ObjectNode bundle = SampleBundles.tree(SampleBundles.PROFESSIONAL);
        ((ObjectNode) SampleBundles.resource(bundle, "Condition", 0).get("code").get("coding").get(0))
                .put("system", "http://hl7.org/fhir/sid/icd-9-cm");
        ((ObjectNode) SampleBundles.resource(bundle, "Procedure", 1).get("code").get("coding").get(0))
                .put("system", "http://loinc.org");
        ((ObjectNode) SampleBundles.resource(bundle, "Encounter", 0).get("class")).put("system", "http://example.org");
        int condition = SampleBundles.indexOf(bundle, "Condition", 0);
        int procedure = SampleBundles.indexOf(bundle, "Procedure", 1);
        int encounter = SampleBundles.indexOf(bundle, "Encounter", 0);

        List<BundleProblem> problems = EncounterBundleReader.read(bundle.toString(), TODAY).problems();

        assertThat(problems).extracting(BundleProblem::expression).containsExactlyInAnyOrder(
                "Bundle.entry[" + encounter + "].resource.class.system",
                "Bundle.entry[" + condition + "].resource.code.coding[0].system",
                "Bundle.entry[" + procedure + "].resource.code.coding[0].system");
        assertThat(problems).extracting(BundleProblem::message).contains(
                "must be ICD-10-CM (http://hl7.org/fhir/sid/icd-10-cm) (or SNOMED CT beside it), found "
                        + "http://hl7.org/fhir/sid/icd-9-cm");
    }

    @Test
    void shouldListEveryBadDate() {
        ObjectNode bundle = SampleBundles.tree(SampleBundles.INPATIENT);
        SampleBundles.resource(bundle, "Patient", 0).put("birthDate", "1949-02-30");
        ((ObjectNode) SampleBundles.resource(bundle, "Encounter", 0).get("period")).put("end", "2026-11-09");
        SampleBundles.resource(bundle, "Procedure", 0).put("performedDateTime", "2026-11-25");
        SampleBundles.resource(bundle, "Procedure", 1).put("performedDateTime", "2099-01-01");
        int patient = SampleBundles.indexOf(bundle, "Patient", 0);
        int encounter = SampleBundles.indexOf(bundle, "Encounter", 0);
        int first = SampleBundles.indexOf(bundle, "Procedure", 0);
        int second = SampleBundles.indexOf(bundle, "Procedure", 1);

        List<BundleProblem> problems = EncounterBundleReader.read(bundle.toString(), TODAY).problems();

        assertThat(problems).extracting(BundleProblem::expression).contains(
                "Bundle.entry[" + patient + "].resource.birthDate",
                "Bundle.entry[" + encounter + "].resource.period.end",
                "Bundle.entry[" + first + "].resource.performed[x]",
                "Bundle.entry[" + second + "].resource.performedDateTime");
        assertThat(problems).extracting(BundleProblem::message).contains("must not be before period.start",
                "must not be in the future");
        assertThat(problems).as("the parser's complaint names no value (a birth date is PHI)")
                .noneMatch(p -> p.message().contains("1949-02-30"));
    }

    @Test
    void shouldRefuseIcd10PcsOutsideAnInpatientStayAndABundleOfAnotherType() {
        ObjectNode bundle = SampleBundles.tree(SampleBundles.PROFESSIONAL);
        bundle.put("type", "searchset");
        ((ObjectNode) SampleBundles.resource(bundle, "Procedure", 0).get("code").get("coding").get(0))
                .put("system", EncounterBundleReader.ICD_10_PCS).put("code", "5A1945Z");

        List<BundleProblem> problems = EncounterBundleReader.read(bundle.toString(), TODAY).problems();

        assertThat(problems).extracting(BundleProblem::message).containsExactlyInAnyOrder(
                "must be transaction or collection, found SEARCHSET",
                "ICD-10-PCS procedures belong to inpatient encounters; use CPT or HCPCS");
    }

    @Test
    void shouldAnswerSomethingThatIsNotFhirWithOneProblem() {
        assertThat(EncounterBundleReader.read("{\"resourceType\": \"Nonsense\"}", TODAY).problems()).hasSize(1);
        assertThat(EncounterBundleReader.read("not json", TODAY).problems()).hasSize(1);
    }
}
