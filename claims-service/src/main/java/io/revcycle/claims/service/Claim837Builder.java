package io.revcycle.claims.service;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.claims.config.ClaimsConfig;
import io.revcycle.claims.domain.BillingProviderEntry;
import io.revcycle.claims.domain.ClaimLine;
import io.revcycle.claims.domain.ClaimType;
import io.revcycle.claims.domain.FacilityEntry;
import io.revcycle.claims.domain.IcdProcedure;
import io.revcycle.claims.domain.PatientDemographics;
import io.revcycle.claims.domain.PayerEntry;
import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.claim.Address;
import io.revcycle.x12.claim.BillingProvider;
import io.revcycle.x12.claim.Claim;
import io.revcycle.x12.claim.Claim837;
import io.revcycle.x12.claim.Claim837I;
import io.revcycle.x12.claim.Claim837P;
import io.revcycle.x12.claim.ClaimDate;
import io.revcycle.x12.claim.Contact;
import io.revcycle.x12.claim.HealthCode;
import io.revcycle.x12.claim.Institutional;
import io.revcycle.x12.claim.InstitutionalService;
import io.revcycle.x12.claim.Line;
import io.revcycle.x12.claim.Name;
import io.revcycle.x12.claim.Payer;
import io.revcycle.x12.claim.Person;
import io.revcycle.x12.claim.Procedure;
import io.revcycle.x12.claim.ProfessionalService;
import io.revcycle.x12.claim.Provider;
import io.revcycle.x12.claim.Reference;
import io.revcycle.x12.claim.Subscriber;

/**
 * Turns claims of one payer and type into one 837 transaction set (common-x12's typed records): one 2000A per
 * billing provider (the billing NPI for 837P, the facility for 837I), one 2000B per claim with the patient as
 * subscriber (SBR*P*18), the claim's frequency (1 original; 7 replacement and 8 void name the payer's claim control
 * number in REF*F8) and REF*6R = line number on every line. Callers check
 * {@link ClaimDirectory#missingFor} first; the records are written in the guide's order.
 */
@ApplicationScoped
public class Claim837Builder {

    /** Type of bill 013x: hospital outpatient. */
    static final String HOSPITAL_OUTPATIENT = "13";
    /** Type of bill 011x: hospital inpatient (Part A). */
    static final String HOSPITAL_INPATIENT = "11";

    private final ClaimDirectory directory;
    private final ClaimsConfig config;

    public Claim837Builder(ClaimDirectory directory, ClaimsConfig config) {
        this.directory = directory;
        this.config = config;
    }

    /** One interchange (ISA/GS/ST) with the claims in one transaction set; throws if a value holds a delimiter. */
    public byte[] write(List<io.revcycle.claims.domain.Claim> claims, ClaimType type, PayerEntry payer,
            ControlNumbers numbers, LocalDateTime created) {
        Envelope envelope = Envelope.of(config.x12().senderId(), payer.interchangeId).withCreated(created)
                .withUsage(config.x12().usage());
        Claim837 transaction = build(claims, type, payer, referenceId(claims), created);
        return X12Toolkit.writeTyped(List.of(transaction), envelope, numbers, Delimiters.DEFAULT);
    }

    /** BHT03: the first claim's control number names the transaction (the ISA13 is not known to every caller). */
    private static String referenceId(List<io.revcycle.claims.domain.Claim> claims) {
        return claims.get(0).patientControlNumber;
    }

    public Claim837 build(List<io.revcycle.claims.domain.Claim> claims, ClaimType type, PayerEntry payer,
            String referenceId, LocalDateTime created) {
        return build(claims, type, payer, referenceId, created, c -> subscriber(c, type, payer));
    }

    /** As above with each claim's 2000B (and 2000C) loops from {@code subscriberLoop} (a next payer's claim). */
    Claim837 build(List<io.revcycle.claims.domain.Claim> claims, ClaimType type, PayerEntry payer,
            String referenceId, LocalDateTime created,
            Function<io.revcycle.claims.domain.Claim, Subscriber> subscriberLoop) {
        Map<String, BillingProvider> byBillingNpi = new LinkedHashMap<>();
        Map<String, List<Subscriber>> subscribers = new LinkedHashMap<>();
        for (io.revcycle.claims.domain.Claim c : claims) {
            Provider billing = billingProvider(c, type);
            String npi = billing.name().id();
            subscribers.computeIfAbsent(npi, k -> new ArrayList<>()).add(subscriberLoop.apply(c));
            byBillingNpi.putIfAbsent(npi, new BillingProvider(billing, null, null, null, List.of()));
        }
        List<BillingProvider> billingProviders = byBillingNpi.entrySet().stream()
                .map(e -> new BillingProvider(e.getValue().provider(), null, null, null, subscribers.get(e.getKey())))
                .toList();
        Name submitter = Name.organization("41", config.x12().submitterName(), "46", config.x12().senderId());
        List<Contact> contacts = List.of(new Contact(config.x12().submitterName(),
                List.of(new Contact.Communication("TE", config.x12().submitterPhone()))));
        Name receiver = Name.organization("40", payer.name, "46", payer.interchangeId);
        String time = String.format("%02d%02d", created.getHour(), created.getMinute());
        return type == ClaimType.INSTITUTIONAL
                ? new Claim837I("00", referenceId, created.toLocalDate(), time, "CH", submitter, contacts, receiver,
                        billingProviders)
                : new Claim837P("00", referenceId, created.toLocalDate(), time, "CH", submitter, contacts, receiver,
                        billingProviders);
    }

    private Provider billingProvider(io.revcycle.claims.domain.Claim c, ClaimType type) {
        if (type == ClaimType.INSTITUTIONAL) {
            FacilityEntry f = directory.facility(c.facilityId).orElseThrow();
            return new Provider(Name.organization("85", f.name, "XX", f.npi), f.taxonomy,
                    Address.us(f.line1, f.city, f.state, f.postalCode), List.of(new Reference("EI", f.ein)),
                    List.of());
        }
        BillingProviderEntry p = directory.provider(c.billingProviderNpi).orElseThrow();
        return new Provider(name("85", p), p.taxonomy, Address.us(p.line1, p.city, p.state, p.postalCode),
                p.ein == null ? List.of() : List.of(new Reference("EI", p.ein)), List.of());
    }

    private Subscriber subscriber(io.revcycle.claims.domain.Claim c, ClaimType type, PayerEntry payer) {
        Payer payerLoop = payerLoop(payer);
        return new Subscriber("P", "18", null, null, null, payer.claimFilingIndicator, null, patient(c, c.memberId),
                payerLoop, List.of(claimLoop(c)), List.of());
    }

    /** The patient as the subscriber (2010BA: NM1*IL with the member id), or with no member id as 2010CA (NM1*QC). */
    static Person patient(io.revcycle.claims.domain.Claim c, String memberId) {
        PatientDemographics p = c.patient();
        return new Person(new Name(memberId == null ? "QC" : "IL", "1", p.lastName(), p.firstName(), null, null,
                memberId == null ? null : "MI", memberId), address(p), p.dateOfBirth(), p.sex(), List.of(), null);
    }

    /** The patient as another payer's subscriber (2330A): name, member id and address; 2330A has no DMG. */
    static Person otherSubscriber(io.revcycle.claims.domain.Claim c, String memberId) {
        PatientDemographics p = c.patient();
        return new Person(new Name("IL", "1", p.lastName(), p.firstName(), null, null, "MI", memberId), address(p),
                null, null, List.of(), null);
    }

    private static Address address(PatientDemographics p) {
        return new Address(p.line1(), blankToNull(p.line2()), p.city(), p.state(), p.postalCode(), null, null);
    }

    static Payer payerLoop(PayerEntry payer) {
        return new Payer(Name.organization("PR", payer.name, "PI", payer.payerId), null, null, List.of());
    }

    /** Loop 2300 with its lines, as the claim's own payer receives it. */
    Claim claimLoop(io.revcycle.claims.domain.Claim c) {
        return c.claimType == ClaimType.INSTITUTIONAL ? institutional(c) : professional(c);
    }

    private Claim professional(io.revcycle.claims.domain.Claim c) {
        List<Provider> providers = new ArrayList<>();
        if (!c.renderingProviderNpi.equals(c.billingProviderNpi)) {
            // 2310B only when someone else than the billing provider rendered the service
            BillingProviderEntry r = directory.provider(c.renderingProviderNpi).orElseThrow();
            providers.add(new Provider(name("82", r), r.taxonomy, null, List.of(), List.of()));
        }
        FacilityEntry f = directory.facility(c.facilityId).orElseThrow();
        providers.add(new Provider(Name.organization("77", f.name, "XX", f.npi), null,
                Address.us(f.line1, f.city, f.state, f.postalCode), List.of(), List.of()));
        List<Line> lines = c.lines.stream().map(l -> new Line(l.lineNumber,
                new ProfessionalService(procedure(l), l.charge, "UN", BigDecimal.valueOf(l.units), null,
                        l.diagnosisPointers, null, null, null, null),
                null, List.of(ClaimDate.on("472", c.dateOfService)), lineReferences(l), List.of(), List.of(), null,
                List.of(), List.of(), List.of())).toList();
        return new Claim(c.patientControlNumber, c.totalCharge, c.placeOfService, c.frequencyCode, "Y", "A", "Y", "Y",
                null, null, null, null, List.of(), null, List.of(), claimReferences(c), List.of(), diagnoses(c), List.of(),
                providers, List.of(), lines, List.of());
    }

    private Claim institutional(io.revcycle.claims.domain.Claim c) {
        BillingProviderEntry attending = directory.provider(c.renderingProviderNpi).orElseThrow();
        List<Provider> providers = List.of(new Provider(name("71", attending), attending.taxonomy, null, List.of(),
                List.of()));
        boolean inpatient = c.isInpatient();
        List<Line> lines = c.lines.stream().map(l -> {
            String revenueCode = directory.revenueCode(l, c).orElseThrow();
            boolean accommodation = isAccommodation(revenueCode);
            // room and board is billed in days by revenue code alone; an inpatient line's dates are the statement's
            return new Line(l.lineNumber, null,
                    new InstitutionalService(revenueCode, accommodation ? null : procedure(l), l.charge,
                            accommodation ? "DA" : "UN", BigDecimal.valueOf(l.units), null),
                    inpatient ? List.of() : List.of(ClaimDate.on("472", c.dateOfService)), lineReferences(l),
                    List.of(), List.of(), null, List.of(), List.of(), List.of());
        }).toList();
        if (inpatient) {
            return new Claim(c.patientControlNumber, c.totalCharge, HOSPITAL_INPATIENT, c.frequencyCode, null, "A",
                    "Y", "Y", null, null, null, null,
                    List.of(ClaimDate.between("434", c.admissionDate, c.dischargeDate),
                            ClaimDate.on("435", c.admissionDate)),
                    new Institutional(Objects.requireNonNullElse(c.admissionType, config.inpatient().admissionType()),
                            Objects.requireNonNullElse(c.admissionSource, config.inpatient().admissionSource()),
                            c.dischargeDisposition),
                    List.of(), claimReferences(c), List.of(), diagnoses(c), icdProcedures(c), providers, List.of(), lines,
                    List.of());
        }
        // statement covers period = the date of service; CL103 01: discharged to home or self care
        return new Claim(c.patientControlNumber, c.totalCharge, HOSPITAL_OUTPATIENT, c.frequencyCode, null, "A", "Y",
                "Y", null, null, null, null, List.of(ClaimDate.between("434", c.dateOfService, c.dateOfService)),
                new Institutional(null, null, "01"), List.of(), claimReferences(c), List.of(), diagnoses(c), List.of(),
                providers, List.of(), lines, List.of());
    }

    /** NUBC accommodation revenue codes (room and board, 0100-0219) are billed without a HCPCS code. */
    static boolean isAccommodation(String revenueCode) {
        int code = Integer.parseInt(revenueCode);
        return code >= 100 && code <= 219;
    }

    /** BBR the principal ICD-10-PCS procedure, BBQ the others, each with the day it was performed. */
    private static List<HealthCode> icdProcedures(io.revcycle.claims.domain.Claim c) {
        List<HealthCode> codes = new ArrayList<>();
        for (int i = 0; i < c.icdProcedures.size(); i++) {
            IcdProcedure p = c.icdProcedures.get(i);
            codes.add(new HealthCode(i == 0 ? "BBR" : "BBQ", p.code(), p.performedDate(), null, null, null));
        }
        return codes;
    }

    /** REF*F8: a replacement or void names the claim it replaces by the payer's number for it. */
    private static List<Reference> claimReferences(io.revcycle.claims.domain.Claim c) {
        return io.revcycle.claims.domain.Claim.ORIGINAL.equals(c.frequencyCode) ? List.of()
                : List.of(new Reference("F8", c.payerClaimControlNumber));
    }

    /**
     * ABK principal, ABF the others; X12 carries ICD-10-CM codes without the period. An inpatient claim gives each its
     * present-on-admission indicator (HI01-9) where one was reported.
     */
    private static List<HealthCode> diagnoses(io.revcycle.claims.domain.Claim c) {
        List<HealthCode> dx = new ArrayList<>();
        for (int i = 0; i < c.diagnosisCodes.size(); i++) {
            dx.add(new HealthCode(i == 0 ? "ABK" : "ABF", c.diagnosisCodes.get(i).replace(".", ""), null, null, null,
                    c.presentOnAdmission(i)));
        }
        return dx;
    }

    static Procedure procedure(ClaimLine l) {
        return new Procedure("HC", l.procedureCode, l.modifiers, null);
    }

    /** REF*6R line item control number: the 835 echoes it, so payments match lines exactly. */
    private static List<Reference> lineReferences(ClaimLine l) {
        return List.of(new Reference("6R", Integer.toString(l.lineNumber)));
    }

    private static Name name(String entity, BillingProviderEntry p) {
        return p.person() ? Name.person(entity, p.name, p.firstName, "XX", p.npi)
                : Name.organization(entity, p.name, "XX", p.npi);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
