package io.revcycle.payersim.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.payersim.domain.ReceivedClaim;
import io.revcycle.x12.claim.Name;
import io.revcycle.x12.claimack.ClaimAck277;
import io.revcycle.x12.claimack.ClaimAck277.BillingProvider;
import io.revcycle.x12.claimack.ClaimAck277.ClaimStatus;
import io.revcycle.x12.claimack.ClaimAck277.DateRange;
import io.revcycle.x12.claimack.ClaimAck277.InformationSource;
import io.revcycle.x12.claimack.ClaimAck277.Party;
import io.revcycle.x12.claimack.ClaimAck277.Patient;
import io.revcycle.x12.claimack.ClaimAck277.Receipt;
import io.revcycle.x12.claimack.ClaimAck277.Receiver;
import io.revcycle.x12.claimack.ClaimAck277.Status;
import io.revcycle.x12.claimack.ClaimAck277.StatusCode;
import io.revcycle.x12.claimack.ClaimAck277.Totals;

/**
 * The 277CA (005010X214) for one 837 interchange: the payer (2000A) acknowledges receipt to the submitter (2000B,
 * A1:19:PR with counts and amounts), per billing provider (2000C) and patient (2000D) each claim with TRN*2 = CLM01,
 * STC A2:20 and REF*1K for an accepted claim, or the rejection's category, status code and entity.
 */
@ApplicationScoped
public class ClaimAck277Builder {

    /** One answered claim: what arrived and the row that records the answer. */
    public record Answered(SubmittedClaim submitted, ReceivedClaim received) {
    }

    public ClaimAck277 build(String payerName, String payerId, String interchangeControlNumber,
            List<Answered> claims) {
        LocalDate today = LocalDate.now();
        Map<String, Map<String, List<Answered>>> byProvider = new LinkedHashMap<>();
        for (Answered a : claims) {
            byProvider.computeIfAbsent(providerKey(a.submitted()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(patientKey(a.submitted()), k -> new ArrayList<>()).add(a);
        }
        List<BillingProvider> providers = new ArrayList<>();
        for (Map<String, List<Answered>> patients : byProvider.values()) {
            List<Answered> all = patients.values().stream().flatMap(List::stream).toList();
            SubmittedClaim first = all.get(0).submitted();
            List<Patient> patientLoops = new ArrayList<>();
            for (List<Answered> ofPatient : patients.values()) {
                patientLoops.add(new Patient(patient(ofPatient.get(0)), ofPatient.stream()
                        .map(a -> claimStatus(a, today)).toList()));
            }
            providers.add(new BillingProvider(billingProvider(first), trace(first.referenceId()),
                    List.of(receipt(all, today)), List.of(), totals(all), patientLoops));
        }
        SubmittedClaim any = claims.get(0).submitted();
        Receiver receiver = new Receiver(new Party("41", "2", orUnknown(any.submitterName()), null, null, null, "46",
                orUnknown(any.submitterId())), trace(any.referenceId()), List.of(receipt(claims, today)),
                totals(claims), providers);
        InformationSource source = new InformationSource(new Party("PR", "2", payerName, null, null, null, "PI",
                payerId), List.of(new Receipt(interchangeControlNumber, today, today)), List.of(receiver));
        return new ClaimAck277("CA" + interchangeControlNumber, today,
                LocalTime.now().format(DateTimeFormatter.ofPattern("HHmm")), List.of(source));
    }

    private static ClaimStatus claimStatus(Answered a, LocalDate today) {
        ReceivedClaim r = a.received();
        boolean accepted = ReceivedClaim.ACCEPTED.equals(r.status);
        Status status = new Status(new StatusCode(r.statusCategory, r.statusCode, r.statusEntity), today,
                accepted ? "WQ" : "U", r.totalCharge, List.of(), null);
        DateRange dates = r.serviceFrom == null ? null
                : new DateRange(r.serviceFrom, r.serviceTo == null || r.serviceTo.equals(r.serviceFrom) ? null
                        : r.serviceTo);
        String billType = "837I".equals(r.claimType) && r.facilityCode != null && r.frequencyCode != null
                ? r.facilityCode + r.frequencyCode : null;
        return new ClaimStatus(r.patientControlNumber, List.of(status), accepted ? r.payerClaimControlNumber : null,
                null, billType, dates, List.of());
    }

    /** The entity acknowledges receipt (A1:19, entity PR) of these claims, with their total charge. */
    private static Status receipt(List<Answered> claims, LocalDate today) {
        BigDecimal total = claims.stream().map(a -> a.received().totalCharge).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        return new Status(new StatusCode("A1", "19", "PR"), today, "WQ", total, List.of(), null);
    }

    private static Totals totals(List<Answered> claims) {
        long accepted = claims.stream().filter(a -> ReceivedClaim.ACCEPTED.equals(a.received().status)).count();
        long rejected = claims.size() - accepted;
        BigDecimal acceptedAmount = sum(claims, true);
        BigDecimal rejectedAmount = sum(claims, false);
        return new Totals(accepted == 0 ? null : BigDecimal.valueOf(accepted),
                rejected == 0 ? null : BigDecimal.valueOf(rejected), accepted == 0 ? null : acceptedAmount,
                rejected == 0 ? null : rejectedAmount);
    }

    private static BigDecimal sum(List<Answered> claims, boolean accepted) {
        return claims.stream().filter(a -> ReceivedClaim.ACCEPTED.equals(a.received().status) == accepted)
                .map(a -> a.received().totalCharge).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Party billingProvider(SubmittedClaim c) {
        Name n = c.billingName();
        String name = n == null ? "UNKNOWN" : orUnknown(n.lastOrOrganization());
        boolean person = n != null && n.isPerson();
        if (c.billingNpi().isPresent()) {
            return new Party("85", person ? "1" : "2", name, person ? n.first() : null, null, null, "XX",
                    c.billingNpi().get());
        }
        // no NPI to name the provider by (the claim is rejected for it): its tax id instead
        return new Party("85", person ? "1" : "2", name, person ? n.first() : null, null, null, "FI",
                c.billingTaxId().orElse("UNKNOWN"));
    }

    private static Party patient(Answered a) {
        Name n = a.submitted().patientName();
        String last = n == null ? "UNKNOWN" : orUnknown(n.lastOrOrganization());
        String first = n == null ? null : n.first();
        String member = a.submitted().memberId();
        return new Party("QC", "1", last, first, null, null, "MI", member == null ? "UNKNOWN" : member);
    }

    private static String providerKey(SubmittedClaim c) {
        return c.billingNpi().orElse("") + "|" + (c.billingName() == null ? "" : c.billingName().lastOrOrganization());
    }

    private static String patientKey(SubmittedClaim c) {
        Name n = c.patientName();
        return c.memberId() + "|" + (n == null ? "" : n.lastOrOrganization() + "|" + n.first());
    }

    private static String trace(String referenceId) {
        return referenceId == null || referenceId.isBlank() ? "0" : referenceId;
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? "UNKNOWN" : s;
    }
}
