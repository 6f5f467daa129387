package io.revcycle.coding.fhir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ChargeItem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import io.revcycle.coding.service.DocumentEncounterCommand;

/**
 * Reads a FHIR R4 transaction or collection Bundle (Patient, Encounter, Condition, Procedure, Coverage,
 * Practitioner/PractitionerRole, Organization, Location, DocumentReference or Composition) into the same
 * documentation command as {@code POST /encounters}. Every problem is collected with its FHIRPath, so one 400 lists
 * them all; docs/fhir-intake.md describes the profile.
 */
public final class EncounterBundleReader {

    public static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    public static final String ICD_10_PCS = "http://www.cms.gov/Medicare/Coding/ICD10";
    public static final String CPT = "http://www.ama-assn.org/go/cpt";
    public static final Set<String> HCPCS = Set.of("https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
            "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "urn:oid:2.16.840.1.113883.6.285");
    public static final String SNOMED_CT = "http://snomed.info/sct";
    public static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    public static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    public static final String PLACE_OF_SERVICE =
            "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";
    public static final String NUBC_DISCHARGE_STATUS = "https://www.nubc.org/CodeSystem/PatDischargeStatus";
    public static final String HL7_DISCHARGE_DISPOSITION =
            "http://terminology.hl7.org/CodeSystem/discharge-disposition";
    /** UB-04 FL 15 and FL 14 as NUBC code systems (the CARIN Blue Button / US Core system URLs). */
    /** NUBC revenue codes, the system FHIR's Claim.item.revenue and the CARIN Blue Button profiles use. */
    public static final String NUBC_REVENUE_CODES = "https://www.nubc.org/CodeSystem/RevenueCodes";
    public static final String NUBC_POINT_OF_ORIGIN = "https://www.nubc.org/CodeSystem/PointOfOrigin";
    public static final String NUBC_PRIORITY_TYPE = "https://www.nubc.org/CodeSystem/PriorityTypeOfAdmitOrVisit";
    public static final String HL7_ADMIT_SOURCE = "http://terminology.hl7.org/CodeSystem/admit-source";
    public static final String HL7_ACT_PRIORITY = "http://terminology.hl7.org/CodeSystem/v3-ActPriority";
    /** POA indicator on a Condition: valueCode Y, N, U, W or 1 (CMS), or a Coding of {@link #POA_CODES}. */
    public static final String POA_EXTENSION = "https://revcycle.io/fhir/StructureDefinition/present-on-admission";
    public static final String POA_CODES = "http://terminology.hl7.org/CodeSystem/ex-diagnosis-on-admission";
    /** Encounter.type: whose charges an ambulatory encounter documents (PROFESSIONAL or OUTPATIENT_FACILITY). */
    public static final String BILLING_TYPE = "https://revcycle.io/fhir/CodeSystem/encounter-billing-type";

    private static final FhirContext R4 = FhirContext.forR4Cached();
    private static final Set<String> INPATIENT_CLASSES = Set.of("IMP", "ACUTE", "NONAC");
    private static final Set<String> AMBULATORY_CLASSES = Set.of("AMB", "EMER", "OBSENC", "VR", "HH", "FLD");
    /** HL7 discharge-disposition codes as the NUBC patient discharge status an 837I needs (CL103). */
    private static final Map<String, String> NUBC_OF_HL7_DISPOSITION = Map.ofEntries(Map.entry("home", "01"),
            Map.entry("alt-home", "01"), Map.entry("hosp", "02"), Map.entry("snf", "03"), Map.entry("other-hcf", "05"),
            Map.entry("aadvice", "07"), Map.entry("exp", "20"), Map.entry("rehab", "62"), Map.entry("long", "63"),
            Map.entry("psy", "65"), Map.entry("oth", "70"));

    /**
     * HL7 admit-source → NUBC point of origin. Patients admitted through this hospital's emergency department are
     * reported by where they came from before it (NUBC retired code 7 in 2010): usually 1, non-health-care facility.
     */
    private static final Map<String, String> NUBC_OF_HL7_ADMIT_SOURCE = Map.of("emd", "1", "gp", "2", "mp", "2",
            "outp", "2", "hosp-trans", "4", "nursing", "5", "born", "5", "psych", "6", "rehab", "6", "other", "9");
    /** HL7 ActPriority → NUBC priority (type) of admission: emergency, urgent, elective. */
    private static final Map<String, String> NUBC_OF_HL7_PRIORITY = Map.of("EM", "1", "UR", "2", "EL", "3");

    /** Either the documentation or every problem found. */
    public record Reading(DocumentEncounterCommand command, List<BundleProblem> problems) {
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    private final List<BundleProblem> problems = new ArrayList<>();
    private final LocalDate today;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Entry> byReference = new HashMap<>();
    private Entry patient;
    private Entry encounter;

    private record Entry(int index, Resource resource) {
        String path() {
            return "Bundle.entry[" + index + "].resource";
        }
    }

    private EncounterBundleReader(LocalDate today) {
        this.today = today;
    }

    public static Reading read(String json, LocalDate today) {
        EncounterBundleReader reader = new EncounterBundleReader(today);
        DocumentEncounterCommand command = reader.parseAndMap(json);
        return new Reading(reader.problems.isEmpty() ? command : null, List.copyOf(reader.problems));
    }

    private DocumentEncounterCommand parseAndMap(String json) {
        IParser parser = R4.newJsonParser().setParserErrorHandler(new CollectingParserErrorHandler(problems));
        IBaseResource parsed;
        try {
            parsed = parser.parseResource(json);
        } catch (DataFormatException | IllegalArgumentException e) {
            problem("Bundle", "not a FHIR R4 JSON resource: " + e.getMessage());
            return null;
        }
        if (!(parsed instanceof Bundle bundle)) {
            problem(parsed.fhirType(), "must be a Bundle (transaction or collection)");
            return null;
        }
        if (bundle.getType() != Bundle.BundleType.TRANSACTION && bundle.getType() != Bundle.BundleType.COLLECTION) {
            problem("Bundle.type", "must be transaction or collection, found " + bundle.getType());
        }
        index(bundle);
        patient = single(Patient.class, true);
        encounter = single(Encounter.class, true);
        if (patient == null || encounter == null) {
            return null;
        }
        return map();
    }

    private void index(Bundle bundle) {
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Bundle.BundleEntryComponent e = bundle.getEntry().get(i);
            if (e.getResource() == null) {
                problem("Bundle.entry[" + i + "]", "has no resource");
                continue;
            }
            Entry entry = new Entry(i, e.getResource());
            entries.add(entry);
            if (e.hasFullUrl()) {
                byReference.put(e.getFullUrl(), entry);
            }
            if (e.getResource().getIdElement().hasIdPart()) {
                byReference.put(e.getResource().fhirType() + "/" + e.getResource().getIdElement().getIdPart(), entry);
            }
        }
    }

    private DocumentEncounterCommand map() {
        DocumentEncounterCommand.Patient p = patient();
        Encounter e = (Encounter) encounter.resource();
        String ep = encounter.path();
        expectReference(e.getSubject(), ep + ".subject", patient);

        String encounterId = firstIdentifier(e.getIdentifier());
        if (encounterId == null) {
            problem(ep + ".identifier", "an encounter identifier is required (it becomes the encounter id)");
        }
        if (e.getStatus() == Encounter.EncounterStatus.CANCELLED
                || e.getStatus() == Encounter.EncounterStatus.ENTEREDINERROR) {
            problem(ep + ".status", "a " + e.getStatus().toCode() + " encounter is not documented for coding");
        }
        String encounterType = encounterType(e, ep);
        boolean inpatient = DocumentEncounterCommand.INPATIENT.equals(encounterType);

        LocalDate start = date(e.getPeriod().getStartElement(), ep + ".period.start", true);
        LocalDate end = date(e.getPeriod().getEndElement(), ep + ".period.end", inpatient);
        if (start != null && end != null && end.isBefore(start)) {
            problem(ep + ".period.end", "must not be before period.start");
        }
        String disposition = inpatient ? dischargeDisposition(e, ep) : null;
        String admissionType = inpatient ? nubcCode(e.getPriority(), ep + ".priority", NUBC_PRIORITY_TYPE,
                DocumentEncounterCommand.ADMISSION_TYPES, HL7_ACT_PRIORITY, NUBC_OF_HL7_PRIORITY,
                "a NUBC priority (type) of admission") : null;
        String admissionSource = inpatient ? nubcCode(e.getHospitalization().getAdmitSource(),
                ep + ".hospitalization.admitSource", NUBC_POINT_OF_ORIGIN, DocumentEncounterCommand.ADMISSION_SOURCES,
                HL7_ADMIT_SOURCE, NUBC_OF_HL7_ADMIT_SOURCE, "a NUBC point of origin") : null;

        Entry practitioner = renderingPractitioner(e, ep);
        String renderingNpi = practitioner == null ? null : npiOf(practitioner);
        String specialty = practitioner != null && practitioner.resource() instanceof PractitionerRole role
                ? specialty(role) : null;
        Entry provider = resolve(e.getServiceProvider(), ep + ".serviceProvider", Organization.class, true);
        String billingNpi = provider == null ? null : npiOf(provider);
        Entry location = e.hasLocation()
                ? resolve(e.getLocationFirstRep().getLocation(), ep + ".location[0].location", Location.class, true)
                : null;
        if (!e.hasLocation()) {
            problem(ep + ".location", "the encounter's Location (the facility) is required");
        }
        String facilityId = location == null ? null : facility(location);
        String placeOfService = location == null ? null : placeOfService(location, e, encounterType);

        String[] coverage = coverage();
        List<Entry> conditions = conditionsInRankOrder(e);
        Map<Resource, Integer> sequenceOf = new HashMap<>();
        List<DocumentEncounterCommand.Diagnosis> diagnoses = new ArrayList<>();
        for (Entry c : conditions) {
            sequenceOf.put(c.resource(), diagnoses.size() + 1);
            diagnoses.add(diagnosis(c, diagnoses.size() + 1));
        }
        if (conditions.isEmpty()) {
            problem("Bundle.entry", "at least one Condition (a diagnosis) is required");
        }
        Map<Resource, String> revenueOf = revenueCodes(DocumentEncounterCommand.OUTPATIENT_FACILITY.equals(
                encounterType));
        List<DocumentEncounterCommand.Procedure> procedures = new ArrayList<>();
        for (Entry r : of(Procedure.class)) {
            DocumentEncounterCommand.Procedure procedure = procedure(r, procedures.size() + 1, inpatient, start, end,
                    sequenceOf, revenueOf);
            if (procedure != null) {
                procedures.add(procedure);
            }
        }
        String noteText = noteText();
        BigDecimal expectedCharge = expectedCharge();
        if (!problems.isEmpty()) {
            return null;
        }
        return new DocumentEncounterCommand(encounterId, p, renderingNpi, billingNpi, facilityId, placeOfService,
                coverage[0], coverage[1], inpatient ? end : start, diagnoses, procedures, encounterType,
                inpatient ? start : null, inpatient ? end : null, disposition, expectedCharge, specialty, noteText,
                admissionType, admissionSource);
    }

    private DocumentEncounterCommand.Patient patient() {
        Patient p = (Patient) patient.resource();
        String pp = patient.path();
        String patientId = firstIdentifier(p.getIdentifier());
        if (patientId == null) {
            problem(pp + ".identifier", "a patient identifier (the medical record number) is required");
        }
        HumanName name = p.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
                .orElse(p.hasName() ? p.getNameFirstRep() : null);
        String family = name == null ? null : blankToNull(name.getFamily());
        String given = name == null || !name.hasGiven() ? null : blankToNull(name.getGiven().get(0).getValue());
        if (family == null || given == null) {
            problem(pp + ".name", "a name with family and given is required");
        }
        LocalDate birthDate = null;
        if (!p.hasBirthDateElement() || p.getBirthDateElement().getValue() == null) {
            problem(pp + ".birthDate", "is required (a full date)");
        } else if (p.getBirthDateElement().getPrecision() != TemporalPrecisionEnum.DAY) {
            problem(pp + ".birthDate", "must be a full date (YYYY-MM-DD)");
        } else {
            birthDate = LocalDate.parse(p.getBirthDateElement().getValueAsString());
            if (!birthDate.isBefore(today)) {
                problem(pp + ".birthDate", "must be in the past");
            }
        }
        String sex = switch (p.hasGender() ? p.getGender() : org.hl7.fhir.r4.model.Enumerations.AdministrativeGender.NULL) {
            case FEMALE -> "F";
            case MALE -> "M";
            case OTHER, UNKNOWN -> "U";
            default -> null;
        };
        if (sex == null) {
            problem(pp + ".gender", "is required (male, female, other or unknown)");
        }
        DocumentEncounterCommand.Address address = null;
        if (p.hasAddress()) {
            Address a = p.getAddressFirstRep();
            String postal = a.getPostalCode() == null ? null : a.getPostalCode().replace("-", "");
            address = new DocumentEncounterCommand.Address(a.hasLine() ? a.getLine().get(0).getValue() : null,
                    a.getLine().size() > 1 ? a.getLine().get(1).getValue() : null, a.getCity(), a.getState(), postal);
        }
        return new DocumentEncounterCommand.Patient(patientId, given, family, birthDate, sex, address);
    }

    private String encounterType(Encounter e, String ep) {
        Coding cls = e.getClass_();
        if (cls == null || cls.isEmpty() || cls.getCode() == null) {
            problem(ep + ".class", "is required (v3 ActCode AMB, EMER or IMP)");
            return null;
        }
        if (cls.hasSystem() && !ACT_CODE.equals(cls.getSystem())) {
            problem(ep + ".class.system", "must be " + ACT_CODE + ", found " + cls.getSystem());
            return null;
        }
        if (INPATIENT_CLASSES.contains(cls.getCode())) {
            return DocumentEncounterCommand.INPATIENT;
        }
        if (!AMBULATORY_CLASSES.contains(cls.getCode())) {
            problem(ep + ".class.code", "must be an ambulatory (AMB, EMER, OBSENC, VR, HH, FLD) or inpatient "
                    + "(IMP, ACUTE, NONAC) v3 ActCode, found " + cls.getCode());
            return null;
        }
        for (int i = 0; i < e.getType().size(); i++) {
            for (Coding c : e.getType().get(i).getCoding()) {
                if (BILLING_TYPE.equals(c.getSystem())) {
                    if (DocumentEncounterCommand.PROFESSIONAL.equals(c.getCode())
                            || DocumentEncounterCommand.OUTPATIENT_FACILITY.equals(c.getCode())) {
                        return c.getCode();
                    }
                    problem(ep + ".type[" + i + "]", "billing type must be PROFESSIONAL or OUTPATIENT_FACILITY");
                    return null;
                }
            }
        }
        return DocumentEncounterCommand.PROFESSIONAL;
    }

    private String dischargeDisposition(Encounter e, String ep) {
        String path = ep + ".hospitalization.dischargeDisposition";
        CodeableConcept d = e.getHospitalization().getDischargeDisposition();
        for (Coding c : d.getCoding()) {
            if (NUBC_DISCHARGE_STATUS.equals(c.getSystem()) && c.getCode() != null && c.getCode().matches("\\d{2}")) {
                return c.getCode();
            }
            if (HL7_DISCHARGE_DISPOSITION.equals(c.getSystem()) && NUBC_OF_HL7_DISPOSITION.containsKey(c.getCode())) {
                return NUBC_OF_HL7_DISPOSITION.get(c.getCode());
            }
        }
        problem(path, d.isEmpty() ? "is required for an inpatient encounter"
                : "must be a NUBC patient discharge status (" + NUBC_DISCHARGE_STATUS + ") or an HL7 "
                        + "discharge-disposition code");
        return null;
    }

    /**
     * UB-04 FL 14/15 from an optional CodeableConcept: a NUBC code, or an HL7 code mapped to one; absent = null (the
     * claim then says 9, information not available); anything else is a problem.
     */
    private String nubcCode(CodeableConcept concept, String path, String nubcSystem, String nubcCodes,
            String hl7System, Map<String, String> nubcOfHl7, String what) {
        if (concept == null || concept.getCoding().isEmpty()) {
            return null;
        }
        for (Coding c : concept.getCoding()) {
            if (nubcSystem.equals(c.getSystem()) && c.getCode() != null && c.getCode().matches(nubcCodes)) {
                return c.getCode();
            }
            if (hl7System.equals(c.getSystem()) && nubcOfHl7.containsKey(c.getCode())) {
                return nubcOfHl7.get(c.getCode());
            }
        }
        problem(path, "must be " + what + " (" + nubcSystem + ") or a code of " + hl7System);
        return null;
    }

    private Entry renderingPractitioner(Encounter e, String ep) {
        for (int i = 0; i < e.getParticipant().size(); i++) {
            Reference individual = e.getParticipant().get(i).getIndividual();
            if (individual.isEmpty()) {
                continue;
            }
            return resolve(individual, ep + ".participant[" + i + "].individual",
                    r -> r instanceof Practitioner || r instanceof PractitionerRole, "Practitioner or PractitionerRole",
                    true);
        }
        problem(ep + ".participant", "the rendering Practitioner (or PractitionerRole) is required");
        return null;
    }

    /** A PractitionerRole's own NPI, else its practitioner's; a Practitioner's or Organization's identifier. */
    private String npiOf(Entry entry) {
        Resource r = entry.resource();
        List<Identifier> identifiers = r instanceof Practitioner p ? p.getIdentifier()
                : r instanceof Organization o ? o.getIdentifier()
                : r instanceof PractitionerRole role ? role.getIdentifier() : List.of();
        String npi = identifiers.stream().filter(i -> NPI.equals(i.getSystem()) && i.hasValue())
                .map(Identifier::getValue).findFirst().orElse(null);
        if (npi == null && r instanceof PractitionerRole role && role.hasPractitioner()) {
            Entry practitioner = resolve(role.getPractitioner(), entry.path() + ".practitioner", Practitioner.class,
                    true);
            return practitioner == null ? null : npiOf(practitioner);
        }
        if (npi == null) {
            problem(entry.path() + ".identifier", "an NPI (" + NPI + ") is required");
        }
        return npi;
    }

    private static String specialty(PractitionerRole role) {
        if (!role.hasSpecialty()) {
            return null;
        }
        CodeableConcept s = role.getSpecialtyFirstRep();
        return s.hasCoding() && s.getCodingFirstRep().hasCode() ? s.getCodingFirstRep().getCode() : s.getText();
    }

    private String facility(Entry location) {
        String id = firstIdentifier(((Location) location.resource()).getIdentifier());
        if (id == null) {
            problem(location.path() + ".identifier", "the facility identifier is required");
        }
        return id;
    }

    private String placeOfService(Entry location, Encounter e, String encounterType) {
        Location l = (Location) location.resource();
        for (CodeableConcept type : l.getType()) {
            for (Coding c : type.getCoding()) {
                if (PLACE_OF_SERVICE.equals(c.getSystem())) {
                    if (c.getCode() == null || !c.getCode().matches("\\d{2}")) {
                        problem(location.path() + ".type", "a place-of-service code has 2 digits");
                    }
                    return c.getCode();
                }
            }
        }
        if (DocumentEncounterCommand.INPATIENT.equals(encounterType)) {
            return "21"; // inpatient hospital
        }
        if ("EMER".equals(e.getClass_().getCode())) {
            return "23"; // emergency room, hospital
        }
        return DocumentEncounterCommand.OUTPATIENT_FACILITY.equals(encounterType) ? "22" : "11";
    }

    /** [payer id, member id] from the one Coverage of the patient. */
    private String[] coverage() {
        List<Entry> coverages = of(Coverage.class);
        if (coverages.isEmpty()) {
            problem("Bundle.entry", "a Coverage (payer and member id) is required");
            return new String[2];
        }
        Entry entry = coverages.get(0);
        Coverage c = (Coverage) entry.resource();
        expectReference(c.getBeneficiary(), entry.path() + ".beneficiary", patient);
        String payerId = null;
        if (!c.hasPayor()) {
            problem(entry.path() + ".payor", "the payer Organization is required");
        } else {
            Entry payer = resolve(c.getPayorFirstRep(), entry.path() + ".payor[0]", Organization.class, true);
            if (payer != null) {
                payerId = ((Organization) payer.resource()).getIdentifier().stream()
                        .filter(i -> !NPI.equals(i.getSystem()) && i.hasValue()).map(Identifier::getValue)
                        .findFirst().orElse(null);
                if (payerId == null) {
                    problem(payer.path() + ".identifier", "the payer id is required");
                }
            }
        }
        String memberId = c.hasSubscriberId() ? c.getSubscriberId() : firstIdentifier(c.getIdentifier());
        if (memberId == null) {
            problem(entry.path() + ".subscriberId", "the member id is required");
        }
        return new String[] { payerId, memberId };
    }

    /** Conditions the Encounter ranks first (by rank), then the others in bundle order. */
    private List<Entry> conditionsInRankOrder(Encounter e) {
        Map<Entry, Integer> rank = new LinkedHashMap<>();
        for (int i = 0; i < e.getDiagnosis().size(); i++) {
            Encounter.DiagnosisComponent d = e.getDiagnosis().get(i);
            Entry c = resolve(d.getCondition(), encounter.path() + ".diagnosis[" + i + "].condition", Condition.class,
                    true);
            if (c != null) {
                rank.putIfAbsent(c, d.hasRank() ? d.getRank() : Integer.MAX_VALUE - 1);
            }
        }
        List<Entry> conditions = new ArrayList<>(of(Condition.class));
        conditions.sort(Comparator.comparingInt((Entry c) -> rank.getOrDefault(c, Integer.MAX_VALUE)));
        return conditions;
    }

    private DocumentEncounterCommand.Diagnosis diagnosis(Entry entry, int sequence) {
        Condition c = (Condition) entry.resource();
        String path = entry.path();
        expectReference(c.getSubject(), path + ".subject", patient);
        if (c.hasEncounter()) {
            expectReference(c.getEncounter(), path + ".encounter", encounter);
        }
        String code = codeIn(c.getCode(), path + ".code", Set.of(ICD_10_CM), "ICD-10-CM (" + ICD_10_CM + ")");
        String description = description(c.getCode(), path + ".code");
        String poa = null;
        Extension poaExtension = c.getExtensionByUrl(POA_EXTENSION);
        if (poaExtension != null) {
            poa = presentOnAdmission(poaExtension, path + ".extension('" + POA_EXTENSION + "')");
        }
        return new DocumentEncounterCommand.Diagnosis(sequence, description, code, poa);
    }

    private String presentOnAdmission(Extension extension, String path) {
        String value = null;
        if (extension.getValue() instanceof Coding coding && POA_CODES.equals(coding.getSystem())) {
            value = coding.getCode();
        } else if (extension.getValue() instanceof CodeableConcept cc) {
            value = cc.getCoding().stream().filter(c -> POA_CODES.equals(c.getSystem())).map(Coding::getCode)
                    .findFirst().orElse(null);
        } else if (extension.getValue() != null && extension.getValue().isPrimitive()) {
            value = extension.getValue().primitiveValue();
        }
        String poa = value == null ? null : value.strip().toUpperCase(java.util.Locale.ROOT);
        if (poa == null || !poa.matches("[YNUW1]")) {
            problem(path, "a POA indicator is Y, N, U, W or 1");
            return null;
        }
        return poa;
    }

    private DocumentEncounterCommand.Procedure procedure(Entry entry, int lineNumber, boolean inpatient,
            LocalDate admission, LocalDate discharge, Map<Resource, Integer> sequenceOf,
            Map<Resource, String> revenueOf) {
        Procedure r = (Procedure) entry.resource();
        String path = entry.path();
        if (r.getStatus() == Procedure.ProcedureStatus.NOTDONE
                || r.getStatus() == Procedure.ProcedureStatus.ENTEREDINERROR) {
            return null; // not performed: nothing to code
        }
        expectReference(r.getSubject(), path + ".subject", patient);
        if (r.hasEncounter()) {
            expectReference(r.getEncounter(), path + ".encounter", encounter);
        }
        Set<String> systems = new java.util.HashSet<>(HCPCS);
        systems.add(CPT);
        systems.add(ICD_10_PCS);
        String code = codeIn(r.getCode(), path + ".code", systems, "CPT, HCPCS or ICD-10-PCS");
        String codeSystem = systemOf(r.getCode(), code);
        String description = description(r.getCode(), path + ".code");
        LocalDate performed = null;
        if (r.hasPerformedDateTimeType()) {
            performed = date(r.getPerformedDateTimeType(), path + ".performedDateTime", false);
        } else if (r.hasPerformedPeriod()) {
            performed = date(r.getPerformedPeriod().getStartElement(), path + ".performedPeriod.start", false);
        }
        if (DocumentEncounterCommand.ICD10PCS.equals(codeSystem)) {
            if (!inpatient) {
                problem(path + ".code", "ICD-10-PCS procedures belong to inpatient encounters; use CPT or HCPCS");
            } else if (performed == null) {
                problem(path + ".performed[x]", "the date an ICD-10-PCS procedure was performed is required");
            } else if (admission != null && discharge != null
                    && (performed.isBefore(admission) || performed.isAfter(discharge))) {
                problem(path + ".performed[x]", "must be within the stay (Encounter.period)");
            }
        }
        List<Integer> sequences = new ArrayList<>();
        for (int i = 0; i < r.getReasonReference().size(); i++) {
            Entry c = resolve(r.getReasonReference().get(i), path + ".reasonReference[" + i + "]", Condition.class,
                    true);
            if (c != null && sequenceOf.containsKey(c.resource())) {
                sequences.add(sequenceOf.get(c.resource()));
            }
        }
        String revenueCode = revenueOf.get(r);
        if (revenueCode != null && DocumentEncounterCommand.ICD10PCS.equals(codeSystem)) {
            problem(path + ".code", "a revenue code (ChargeItem) is for CPT or HCPCS lines, not ICD-10-PCS");
        }
        return new DocumentEncounterCommand.Procedure(lineNumber, description, code, List.of(), 1, sequences,
                codeSystem, performed, revenueCode);
    }

    /**
     * The revenue code of each charged Procedure of an outpatient facility encounter: a ChargeItem (what the
     * hospital's charge capture posts from its chargemaster, where a line's revenue code sits beside its CPT/HCPCS)
     * whose code has a coding of the NUBC revenue codes and whose {@code service} references the Procedure. Other
     * ChargeItems (no service: room and board, supplies; or another encounter type, whose claim has no line revenue
     * codes from intake) only count towards the expected charge.
     */
    private Map<Resource, String> revenueCodes(boolean outpatientFacility) {
        Map<Resource, String> revenueOf = new HashMap<>();
        if (!outpatientFacility) {
            return revenueOf;
        }
        for (Entry entry : of(ChargeItem.class)) {
            ChargeItem c = (ChargeItem) entry.resource();
            String path = entry.path();
            List<Coding> revenue = c.getCode().getCoding().stream()
                    .filter(cd -> NUBC_REVENUE_CODES.equals(cd.getSystem())).toList();
            if (revenue.isEmpty() || c.getService().isEmpty()) {
                continue;
            }
            String code = revenue.get(0).getCode();
            if (revenue.size() > 1 || code == null || !code.matches(DocumentEncounterCommand.REVENUE_CODE)) {
                problem(path + ".code", "one 4-digit NUBC revenue code (" + NUBC_REVENUE_CODES + ") is expected");
                continue;
            }
            for (int i = 0; i < c.getService().size(); i++) {
                Entry procedure = resolve(c.getService().get(i), path + ".service[" + i + "]", Procedure.class, true);
                if (procedure != null) {
                    String before = revenueOf.putIfAbsent(procedure.resource(), code);
                    if (before != null && !before.equals(code)) {
                        problem(path + ".code", "the Procedure already has revenue code " + before + " from another "
                                + "ChargeItem");
                    }
                }
            }
        }
        return revenueOf;
    }

    /** The sum of the ChargeItems' prices (charges posted to the account so far); null without ChargeItems. */
    private BigDecimal expectedCharge() {
        BigDecimal total = null;
        for (Entry entry : of(ChargeItem.class)) {
            ChargeItem c = (ChargeItem) entry.resource();
            if (c.hasContext()) {
                expectReference(c.getContext(), entry.path() + ".context", encounter);
            }
            if (!c.hasPriceOverride() || c.getPriceOverride().getValue() == null) {
                problem(entry.path() + ".priceOverride", "the charge amount is required");
            } else if (c.getPriceOverride().hasCurrency() && !"USD".equals(c.getPriceOverride().getCurrency())) {
                problem(entry.path() + ".priceOverride.currency", "must be USD");
            } else {
                total = (total == null ? BigDecimal.ZERO : total).add(c.getPriceOverride().getValue());
            }
        }
        return total == null ? null : total.setScale(2, RoundingMode.HALF_UP);
    }

    /** The note text of every DocumentReference (inline text attachments) and Composition (section narrative). */
    private String noteText() {
        List<String> notes = new ArrayList<>();
        for (Entry entry : of(DocumentReference.class)) {
            DocumentReference d = (DocumentReference) entry.resource();
            expectReference(d.getSubject(), entry.path() + ".subject", patient);
            for (int i = 0; i < d.getContent().size(); i++) {
                Attachment a = d.getContent().get(i).getAttachment();
                String path = entry.path() + ".content[" + i + "].attachment";
                if (a.hasContentType() && !a.getContentType().startsWith("text/plain")) {
                    problem(path + ".contentType", "the note must be text/plain, found " + a.getContentType());
                } else if (!a.hasData()) {
                    problem(path + ".data", "the note text must be inline (base64 data), not only a url");
                } else {
                    notes.add(new String(a.getData(), StandardCharsets.UTF_8));
                }
            }
        }
        for (Entry entry : of(Composition.class)) {
            Composition c = (Composition) entry.resource();
            expectReference(c.getSubject(), entry.path() + ".subject", patient);
            if (c.hasEncounter()) {
                expectReference(c.getEncounter(), entry.path() + ".encounter", encounter);
            }
            for (Composition.SectionComponent s : c.getSection()) {
                String text = s.hasText() ? s.getText().getDivAsString() : null;
                if (text != null) {
                    notes.add((s.hasTitle() ? s.getTitle() + ": " : "") + stripMarkup(text));
                }
            }
        }
        if (notes.isEmpty()) {
            return null;
        }
        String joined = String.join("\n\n", notes).strip();
        if (joined.length() > DocumentEncounterCommand.MAX_NOTE_TEXT) {
            problem("Bundle.entry", "the note text exceeds " + DocumentEncounterCommand.MAX_NOTE_TEXT + " characters");
        }
        return joined;
    }

    private static String stripMarkup(String xhtml) {
        return xhtml.replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("[ \\t]+", " ").strip();
    }

    /** The first coding in one of the accepted systems; SNOMED CT codings are read past; any other system is wrong. */
    private String codeIn(CodeableConcept concept, String path, Set<String> accepted, String expected) {
        String code = null;
        for (int i = 0; i < concept.getCoding().size(); i++) {
            Coding c = concept.getCoding().get(i);
            if (accepted.contains(c.getSystem())) {
                if (!c.hasCode()) {
                    problem(path + ".coding[" + i + "].code", "is required");
                } else if (code == null) {
                    code = c.getCode().strip();
                }
            } else if (!SNOMED_CT.equals(c.getSystem())) {
                problem(path + ".coding[" + i + "].system", "must be " + expected + " (or SNOMED CT beside it), found "
                        + (c.hasSystem() ? c.getSystem() : "no system"));
            }
        }
        return code;
    }

    private static String systemOf(CodeableConcept concept, String code) {
        if (code == null) {
            return null;
        }
        for (Coding c : concept.getCoding()) {
            if (code.equals(c.getCode() == null ? null : c.getCode().strip())) {
                if (ICD_10_PCS.equals(c.getSystem())) {
                    return DocumentEncounterCommand.ICD10PCS;
                }
                if (CPT.equals(c.getSystem())) {
                    return "CPT";
                }
                if (HCPCS.contains(c.getSystem())) {
                    return "HCPCS";
                }
            }
        }
        return null;
    }

    private String description(CodeableConcept concept, String path) {
        String text = blankToNull(concept.getText());
        if (text == null) {
            text = concept.getCoding().stream().map(Coding::getDisplay).filter(d -> d != null && !d.isBlank())
                    .findFirst().orElse(null);
        }
        if (text == null) {
            problem(path + ".text", "the documented wording (text or a coding's display) is required");
        }
        return text;
    }

    private LocalDate date(DateTimeType value, String path, boolean required) {
        if (value == null || value.getValue() == null) {
            if (required) {
                problem(path, "is required (a valid date or dateTime)");
            }
            return null;
        }
        if (value.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
            problem(path, "must name a day (YYYY-MM-DD or a dateTime)");
            return null;
        }
        LocalDate date = LocalDate.parse(value.getValueAsString().substring(0, 10));
        if (date.isAfter(today)) {
            problem(path, "must not be in the future");
        }
        return date;
    }

    private void expectReference(Reference reference, String path, Entry target) {
        if (reference == null || reference.isEmpty()) {
            problem(path, "is required and must reference the bundle's " + target.resource().fhirType());
            return;
        }
        Entry found = lookup(reference);
        if (found == null) {
            problem(path, "reference " + reference.getReference() + " does not resolve to a resource in the bundle");
        } else if (found != target) {
            problem(path, "must reference the bundle's " + target.resource().fhirType() + ", found "
                    + found.resource().fhirType());
        }
    }

    private Entry resolve(Reference reference, String path, Class<? extends Resource> type, boolean required) {
        return resolve(reference, path, type::isInstance, type.getSimpleName(), required);
    }

    private Entry resolve(Reference reference, String path, Predicate<Resource> accepted, String expected,
            boolean required) {
        if (reference == null || reference.isEmpty()) {
            if (required) {
                problem(path, "is required (a " + expected + " in the bundle)");
            }
            return null;
        }
        Entry found = lookup(reference);
        if (found == null) {
            problem(path, "reference " + reference.getReference() + " does not resolve to a resource in the bundle");
            return null;
        }
        if (!accepted.test(found.resource())) {
            problem(path, "must reference a " + expected + ", found " + found.resource().fhirType());
            return null;
        }
        return found;
    }

    private Entry lookup(Reference reference) {
        if (reference.getResource() instanceof Resource r) {
            for (Entry e : entries) {
                if (e.resource() == r) {
                    return e;
                }
            }
        }
        String ref = reference.getReference();
        return ref == null ? null : byReference.get(ref);
    }

    private Entry single(Class<? extends Resource> type, boolean required) {
        List<Entry> found = of(type);
        if (found.isEmpty() && required) {
            problem("Bundle.entry", "a " + type.getSimpleName() + " is required");
            return null;
        }
        for (Entry extra : found.subList(Math.min(1, found.size()), found.size())) {
            problem(extra.path(), "only one " + type.getSimpleName() + " per bundle (one encounter per bundle)");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private List<Entry> of(Class<? extends Resource> type) {
        return entries.stream().filter(e -> type.isInstance(e.resource())).toList();
    }

    private static String firstIdentifier(List<Identifier> identifiers) {
        return identifiers.stream().filter(Identifier::hasValue).map(Identifier::getValue)
                .map(EncounterBundleReader::blankToNull).filter(v -> v != null).findFirst().orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void problem(String expression, String message) {
        problems.add(new BundleProblem(expression, message));
    }
}
