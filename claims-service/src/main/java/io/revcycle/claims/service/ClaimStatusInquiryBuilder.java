package io.revcycle.claims.service;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.claims.config.ClaimsConfig;
import io.revcycle.claims.domain.BillingProviderEntry;
import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimType;
import io.revcycle.claims.domain.FacilityEntry;
import io.revcycle.claims.domain.PatientDemographics;
import io.revcycle.claims.domain.PayerEntry;
import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.eligibility.DatePeriod;
import io.revcycle.x12.eligibility.Demographics;
import io.revcycle.x12.eligibility.EntityName;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.status.ClaimInquiry276;
import io.revcycle.x12.status.ClaimStatusRequest276;
import io.revcycle.x12.status.Payer276;
import io.revcycle.x12.status.Provider276;
import io.revcycle.x12.status.Receiver276;
import io.revcycle.x12.status.Subscriber276;

/**
 * Writes the 276 claim status request (005010X212) asking one payer about claims it has not answered: payer (NM1*PR),
 * us as the information receiver (NM1*41), each billing provider (NM1*1P with its NPI; the facility for an 837I), and
 * per claim the subscriber (= patient, with DMG) and the claim: TRN*1 trace number, REF*1K the payer's claim control
 * number when a 277CA gave one, REF*BLT the type of bill of an 837I, REF*EJ the patient control number (CLM01), AMT*T3
 * the total charge and DTP*472 the dates of service, as the 837 said them.
 */
@ApplicationScoped
public class ClaimStatusInquiryBuilder {

    /** One claim asked about under its trace number. */
    public record Inquiry(Claim claim, String traceNumber) {
    }

    private final ClaimDirectory directory;
    private final ClaimsConfig config;

    public ClaimStatusInquiryBuilder(ClaimDirectory directory, ClaimsConfig config) {
        this.directory = directory;
        this.config = config;
    }

    public byte[] write(List<Inquiry> inquiries, PayerEntry payer, ControlNumbers numbers, LocalDateTime created) {
        Envelope envelope = Envelope.of(config.x12().senderId(), payer.interchangeId).withCreated(created)
                .withUsage(config.x12().usage());
        return X12Toolkit.writeTyped(List.of(build(inquiries, payer, created)), envelope, numbers, Delimiters.DEFAULT);
    }

    public ClaimStatusRequest276 build(List<Inquiry> inquiries, PayerEntry payer, LocalDateTime created) {
        Map<String, EntityName> providers = new LinkedHashMap<>();
        Map<String, List<Subscriber276>> subscribers = new LinkedHashMap<>();
        for (Inquiry inquiry : inquiries) {
            EntityName provider = provider(inquiry.claim());
            providers.putIfAbsent(provider.id(), provider);
            subscribers.computeIfAbsent(provider.id(), k -> new ArrayList<>()).add(subscriber(inquiry));
        }
        List<Provider276> byProvider = providers.entrySet().stream()
                .map(e -> new Provider276(e.getValue(), subscribers.get(e.getKey()))).toList();
        Receiver276 receiver = new Receiver276(
                EntityName.organization("41", config.x12().submitterName(), "46", config.x12().senderId()),
                byProvider);
        Payer276 payerLevel = new Payer276(EntityName.organization("PR", payer.name, "PI", payer.payerId),
                List.of(receiver));
        String time = String.format("%02d%02d", created.getHour(), created.getMinute());
        // BHT03: the first trace number names the request
        return new ClaimStatusRequest276(inquiries.get(0).traceNumber(), created.toLocalDate(), time,
                List.of(payerLevel));
    }

    private EntityName provider(Claim c) {
        if (c.claimType == ClaimType.INSTITUTIONAL) {
            FacilityEntry f = directory.facility(c.facilityId).orElseThrow();
            return EntityName.organization("1P", f.name, "XX", f.npi);
        }
        BillingProviderEntry p = directory.provider(c.billingProviderNpi).orElseThrow();
        return p.person() ? EntityName.person("1P", p.name, p.firstName, "XX", p.npi)
                : EntityName.organization("1P", p.name, "XX", p.npi);
    }

    private static Subscriber276 subscriber(Inquiry inquiry) {
        Claim c = inquiry.claim();
        PatientDemographics p = c.patient();
        EntityName name = EntityName.person("IL", p.lastName(), p.firstName(), "MI", c.memberId);
        return new Subscriber276(new Demographics(p.dateOfBirth(), p.sex()), name, List.of(claim(inquiry)),
                List.of());
    }

    private static ClaimInquiry276 claim(Inquiry inquiry) {
        Claim c = inquiry.claim();
        String billType = null;
        DatePeriod served = DatePeriod.between("472", c.dateOfService, c.dateOfService);
        if (c.claimType == ClaimType.INSTITUTIONAL) {
            billType = (c.isInpatient() ? Claim837Builder.HOSPITAL_INPATIENT : Claim837Builder.HOSPITAL_OUTPATIENT)
                    + c.frequencyCode;
            if (c.isInpatient()) {
                served = DatePeriod.between("472", c.admissionDate, c.dischargeDate);
            }
        }
        return new ClaimInquiry276(inquiry.traceNumber(), c.payerClaimControlNumber, billType, null, null,
                c.patientControlNumber, null, null, c.totalCharge, served, List.of());
    }
}
