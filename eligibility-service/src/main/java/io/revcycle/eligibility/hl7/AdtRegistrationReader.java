package io.revcycle.eligibility.hl7;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.v251.datatype.CX;
import ca.uhn.hl7v2.model.v251.datatype.XAD;
import ca.uhn.hl7v2.model.v251.datatype.XPN;
import ca.uhn.hl7v2.model.v251.datatype.XTN;
import ca.uhn.hl7v2.model.v251.group.ADT_A01_INSURANCE;
import ca.uhn.hl7v2.model.v251.message.ADT_A01;
import ca.uhn.hl7v2.model.v251.segment.GT1;
import ca.uhn.hl7v2.model.v251.segment.IN1;
import ca.uhn.hl7v2.model.v251.segment.IN2;
import ca.uhn.hl7v2.model.v251.segment.PID;
import io.revcycle.eligibility.domain.InsuranceType;
import io.revcycle.eligibility.domain.Relationship;
import io.revcycle.eligibility.rest.CoverageRequest;
import io.revcycle.eligibility.service.RegisterPatientCommand;
import io.revcycle.events.FieldLimits;
import io.revcycle.hl7.Hl7Fields;
import io.revcycle.hl7.Hl7Problem;

/**
 * An ADT^A04 (register) or ADT^A08 (update) — both the ADT_A01 structure — as what registration knows of the
 * patient's insurance: PID-3 the patient; each IN1 (with its IN2) a {@link CoverageRequest} for the registry's own
 * checks: payer IN1-3 (a payer of the directory) and IN1-4, plan IN1-2 (else IN1-8), member id IN1-36 (else IN2-61,
 * IN2-6 Medicare, IN2-8 Medicaid), insurance type IN1-15 (else inferred from IN2-6/IN2-8), group IN1-8 (else IN1-9),
 * subscriber IN1-16/17/18, dates IN1-12/13, order of benefits IN1-22 (else the segment order). IN1 carries no copay, coinsurance or deductible: they stay unknown. The
 * first GT1 is the guarantor. Z-segments and other fields are ignored; every problem names its segment and field.
 */
final class AdtRegistrationReader extends Hl7Fields {

    /** HL7 table 0063 (relationship), v2.5.1. */
    static final Set<String> RELATIONSHIPS = Set.of("ASC", "BRO", "CGV", "CHD", "DEP", "DOM", "EMC", "EME", "EMR",
            "EXF", "FCH", "FND", "FTH", "GCH", "GRD", "GRP", "MGR", "MTH", "NCH", "NON", "OAD", "OTH", "OWN", "PAR",
            "SCH", "SEL", "SIB", "SIS", "SPO", "TRA", "UNK", "WRD");
    /** IN1-17 is the insured's relationship to the patient; the registry keeps the patient's to the subscriber. */
    private static final Map<String, Relationship> PATIENT_TO_SUBSCRIBER = Map.of("SEL", Relationship.SELF,
            "SPO", Relationship.SPOUSE, "PAR", Relationship.CHILD, "MTH", Relationship.CHILD,
            "FTH", Relationship.CHILD);

    /** IN1-15 values taken (see {@link #planType}). */
    private static final Map<String, InsuranceType> PLAN_TYPES = planTypes();

    private final Predicate<String> knownPayer;

    private AdtRegistrationReader(Predicate<String> knownPayer) {
        this.knownPayer = knownPayer;
    }

    /** The registration with one request per IN1 (to be validated), or the problems found reading them. */
    record Result(String patientId, List<CoverageRequest> coverages, RegisterPatientCommand.Guarantor guarantor,
            LocalDate recordedOn, List<Hl7Problem> problems) {
    }

    static Result read(ADT_A01 adt, Predicate<String> knownPayer, LocalDate today) throws HL7Exception {
        AdtRegistrationReader reader = new AdtRegistrationReader(knownPayer);
        PID pid = adt.getPID();
        String patientId = reader.limited(reader.required(pid.getPatientIdentifierList(0).getIDNumber().getValue(),
                "PID", 1, 3, "patient identifier"), FieldLimits.PATIENT_ID, "PID", 3);
        reader.optionalDate(pid.getDateTimeOfBirth().getTime().getValue(), "PID", 1, 7, "date of birth");
        LocalDate recorded = reader.optionalDate(adt.getEVN().getRecordedDateTime().getTime().getValue(), "EVN", 1, 2,
                "recorded date/time");
        if (recorded == null) {
            recorded = reader.optionalDate(adt.getMSH().getDateTimeOfMessage().getTime().getValue(), "MSH", 1, 7,
                    "date/time of message");
        }
        List<CoverageRequest> coverages = new ArrayList<>();
        List<ADT_A01_INSURANCE> insurances = adt.getINSURANCEAll();
        for (int i = 0; i < insurances.size(); i++) {
            if (!insurances.get(i).getIN1().isEmpty()) {
                coverages.add(reader.coverage(patientId, insurances.get(i), i + 1));
            }
        }
        List<GT1> gt1s = adt.getGT1All();
        RegisterPatientCommand.Guarantor guarantor = gt1s.isEmpty() || gt1s.get(0).isEmpty() ? null
                : reader.guarantor(gt1s.get(0));
        return new Result(patientId, coverages, guarantor, recorded == null ? today : recorded, reader.problems());
    }

    private CoverageRequest coverage(String patientId, ADT_A01_INSURANCE insurance, int rep) throws HL7Exception {
        IN1 in1 = insurance.getIN1();
        IN2 in2 = insurance.getIN2();
        String payerId = required(in1.getInsuranceCompanyID(0).getIDNumber().getValue(), "IN1", rep, 3,
                "insurance company id");
        if (payerId != null && !knownPayer.test(payerId)) {
            add(Hl7Problem.unknownCode("IN1", rep, 3, "insurance company id is not a payer of the payer directory"));
        }
        String payerName = value(in1.getInsuranceCompanyName(0).getOrganizationName().getValue());
        String planName = firstOf(in1.getInsurancePlanID().getText().getValue(),
                in1.getInsurancePlanID().getIdentifier().getValue(), in1.getGroupNumber().getValue());
        if (planName == null) {
            add(Hl7Problem.missing("IN1", rep, 2, "insurance plan id (or IN1-8 group number)"));
        }
        String medicare = value(in2.getMedicareHealthInsCardNumber().getValue());
        String medicaid = value(in2.getMedicaidCaseNumber().getValue());
        CX member = in2.getPatientMemberNumber();
        String memberId = firstOf(in1.getPolicyNumber().getValue(), member.getIDNumber().getValue(), medicare, medicaid);
        if (memberId == null) {
            add(Hl7Problem.missing("IN1", rep, 36, "policy number (or IN2-61 patient member number)"));
        }
        InsuranceType type = planType(in1.getPlanType().getValue(), rep);
        if (type == null) {
            // no plan type sent: what IN2's Medicare or Medicaid number says, else the registry's default
            type = medicare != null ? InsuranceType.MEDICARE : medicaid != null ? InsuranceType.MEDICAID : null;
        }
        String groupId = firstOf(in1.getGroupNumber().getValue(), in1.getGroupName(0).getOrganizationName().getValue());
        LocalDate from = date(in1.getPlanEffectiveDate().getValue(), "IN1", rep, 12, "plan effective date");
        LocalDate to = optionalDate(in1.getPlanExpirationDate().getValue(), "IN1", rep, 13, "plan expiration date");
        XPN insured = in1.getNameOfInsured(0);
        Relationship relationship = relationship(in1.getInsuredSRelationshipToPatient().getIdentifier().getValue(),
                rep);
        LocalDate subscriberBirth = optionalDate(in1.getInsuredSDateOfBirth().getTime().getValue(), "IN1", rep, 18,
                "insured's date of birth");
        Integer priority = integer(in1.getCoordOfBenPriority().getValue(), "IN1", rep, 22,
                "coordination of benefits priority");
        return new CoverageRequest(null, patientId, payerId, payerName, memberId, planName, from, to, null, null,
                null, groupId, type, relationship, value(insured.getGivenName().getValue()),
                value(insured.getFamilyName().getSurname().getValue()), subscriberBirth,
                priority == null ? Integer.valueOf(rep) : priority);
    }

    /**
     * IN1-15 plan type. Its HL7 table 0086 is user-defined (the standard lists no values), so this interface takes
     * the registry's own insurance types, or the X12 claim filing indicator codes (SBR09) that name one: MA, MB
     * Medicare, MC Medicaid, CH TRICARE (CHAMPUS), CI commercial. Anything else is an unknown code (AE).
     */
    private InsuranceType planType(String code, int rep) {
        String c = value(code);
        if (c == null) {
            return null;
        }
        InsuranceType type = PLAN_TYPES.get(c.toUpperCase(Locale.ROOT));
        if (type == null) {
            add(Hl7Problem.unknownCode("IN1", rep, 15, "plan type is not an insurance type of the registry "
                    + "(COMMERCIAL, MEDICARE, MEDICAID, TRICARE, OTHER) nor X12 claim filing indicator MA, MB, MC, CH or CI"));
        }
        return type;
    }

    private Relationship relationship(String code, int rep) {
        String c = value(code);
        if (c == null) {
            return null;
        }
        if (!RELATIONSHIPS.contains(c)) {
            add(Hl7Problem.unknownCode("IN1", rep, 17, "insured's relationship is not in HL7 table 0063"));
            return null;
        }
        return PATIENT_TO_SUBSCRIBER.getOrDefault(c, Relationship.OTHER);
    }

    private RegisterPatientCommand.Guarantor guarantor(GT1 gt1) throws HL7Exception {
        XPN name = gt1.getGuarantorName(0);
        String family = required(name.getFamilyName().getSurname().getValue(), "GT1", 1, 3, "guarantor family name");
        LocalDate birth = optionalDate(gt1.getGuarantorDateTimeOfBirth().getTime().getValue(), "GT1", 1, 8,
                "guarantor date of birth");
        String relationship = value(gt1.getGuarantorRelationship().getIdentifier().getValue());
        if (relationship != null && !RELATIONSHIPS.contains(relationship)) {
            add(Hl7Problem.unknownCode("GT1", 1, 11, "guarantor relationship is not in HL7 table 0063"));
        }
        XAD a = gt1.getGuarantorAddress(0);
        XTN home = gt1.getGuarantorPhNumHome(0);
        String areaAndLocal = value(home.getLocalNumber().getValue()) == null ? null
                : Objects.requireNonNullElse(value(home.getAreaCityCode().getValue()), "")
                        + value(home.getLocalNumber().getValue());
        String phone = firstOf(home.getTelephoneNumber().getValue(), home.getUnformattedTelephoneNumber().getValue(),
                areaAndLocal);
        // the lengths of patient_guarantor's columns
        return new RegisterPatientCommand.Guarantor(
                limited(value(gt1.getGuarantorNumber(0).getIDNumber().getValue()), 100, "GT1", 2),
                limited(family, 100, "GT1", 3), limited(value(name.getGivenName().getValue()), 100, "GT1", 3), birth,
                relationship, limited(value(a.getStreetAddress().getStreetOrMailingAddress().getValue()), 200, "GT1", 5),
                limited(value(a.getOtherDesignation().getValue()), 200, "GT1", 5),
                limited(value(a.getCity().getValue()), 100, "GT1", 5),
                limited(value(a.getStateOrProvince().getValue()), 50, "GT1", 5),
                limited(value(a.getZipOrPostalCode().getValue()), 20, "GT1", 5), limited(phone, 40, "GT1", 6));
    }

    private static Map<String, InsuranceType> planTypes() {
        Map<String, InsuranceType> types = new HashMap<>();
        for (InsuranceType t : InsuranceType.values()) {
            types.put(t.name(), t);
        }
        types.putAll(Map.of("MA", InsuranceType.MEDICARE, "MB", InsuranceType.MEDICARE, "MC", InsuranceType.MEDICAID,
                "CH", InsuranceType.TRICARE, "CI", InsuranceType.COMMERCIAL));
        return Map.copyOf(types);
    }

    private String limited(String value, int max, String segment, int field) {
        if (value != null && value.length() > max) {
            add(Hl7Problem.badValue(segment, 1, field, "longer than " + max + " characters"));
        }
        return value;
    }
}
