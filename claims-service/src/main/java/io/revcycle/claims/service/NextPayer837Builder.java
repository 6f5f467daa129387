package io.revcycle.claims.service;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.claims.config.ClaimsConfig;
import io.revcycle.claims.domain.ClaimLine;
import io.revcycle.claims.domain.ClaimPayerLeg;
import io.revcycle.claims.domain.PayerEntry;
import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.claim.Adjustment;
import io.revcycle.x12.claim.Claim;
import io.revcycle.x12.claim.Claim837;
import io.revcycle.x12.claim.Line;
import io.revcycle.x12.claim.LineAdjudication;
import io.revcycle.x12.claim.Name;
import io.revcycle.x12.claim.OtherSubscriber;
import io.revcycle.x12.claim.Patient;
import io.revcycle.x12.claim.Person;
import io.revcycle.x12.claim.Procedure;
import io.revcycle.x12.claim.Subscriber;
import io.revcycle.x12.model.Delimiters;

/**
 * The 837 a next payer receives (coordination of benefits): the claim as its own payer got it, now under the next
 * payer's subscriber (SBR01 S or T; the patient in 2000C when the subscriber is someone else), with its own CLM01 and
 * frequency 1, and the payer before it in loop 2320: SBR*P, its claim-level CAS, AMT*D (paid), AMT*EAF (what it left
 * to the patient, the balance the next payer considers), OI, 2330A (the patient as that payer's subscriber) and 2330B
 * (that payer); each line carries that payer's 2430 SVD (payment), CAS and DTP*573 (adjudication date).
 */
@ApplicationScoped
public class NextPayer837Builder {

    private final Claim837Builder builder;
    private final ClaimsConfig config;

    public NextPayer837Builder(Claim837Builder builder, ClaimsConfig config) {
        this.builder = builder;
        this.config = config;
    }

    /** One interchange holding the claim for {@code next}; throws if a value holds a delimiter. */
    public byte[] write(io.revcycle.claims.domain.Claim c, ClaimPayerLeg leg, PayerEntry next, PayerEntry before,
            PayerAdjudication adjudication, BigDecimal remaining, ControlNumbers numbers, LocalDateTime created) {
        Envelope envelope = Envelope.of(config.x12().senderId(), next.interchangeId).withCreated(created)
                .withUsage(config.x12().usage());
        Claim837 transaction = builder.build(List.of(c), c.claimType, next, leg.patientControlNumber, created,
                claim -> subscriber(claim, leg, next, before, adjudication, remaining));
        return X12Toolkit.writeTyped(List.of(transaction), envelope, numbers, Delimiters.DEFAULT);
    }

    private Subscriber subscriber(io.revcycle.claims.domain.Claim c, ClaimPayerLeg leg, PayerEntry next,
            PayerEntry before, PayerAdjudication adjudication, BigDecimal remaining) {
        Claim claim = withPayerBefore(c, builder.claimLoop(c), leg, before, adjudication, remaining);
        if (leg.selfInsured()) {
            return new Subscriber(leg.payerResponsibility, "18", leg.groupId, null, null, next.claimFilingIndicator,
                    null, Claim837Builder.patient(c, leg.memberId), Claim837Builder.payerLoop(next), List.of(claim),
                    List.of());
        }
        Person subscriber = new Person(new Name("IL", "1", leg.subscriberLastName, leg.subscriberFirstName, null, null,
                "MI", leg.memberId), null, null, null, List.of(), null);
        Patient patient = new Patient(leg.relationshipCode, null, Claim837Builder.patient(c, null), List.of(claim));
        return new Subscriber(leg.payerResponsibility, null, leg.groupId, null, null, next.claimFilingIndicator, null,
                subscriber, Claim837Builder.payerLoop(next), List.of(), List.of(patient));
    }

    private static Claim withPayerBefore(io.revcycle.claims.domain.Claim c, Claim k, ClaimPayerLeg leg,
            PayerEntry before, PayerAdjudication adjudication, BigDecimal remaining) {
        // the claim's own payer took the patient as its subscriber (SBR*P*18) under the claim's member id
        OtherSubscriber payerBefore = new OtherSubscriber("P", "18", null, null, null, before.claimFilingIndicator,
                adjustments(adjudication.claimAdjustments()), adjudication.paidAmount(), null, remaining, "Y", null,
                "Y", null, null, Claim837Builder.otherSubscriber(c, c.memberId), Claim837Builder.payerLoop(before),
                List.of());
        Map<Integer, PayerAdjudication.Line> paid = new HashMap<>();
        adjudication.lines().stream().filter(l -> l.lineNumber() != null)
                .forEach(l -> paid.putIfAbsent(l.lineNumber(), l));
        Map<Integer, ClaimLine> claimLines = new HashMap<>();
        c.lines.forEach(l -> claimLines.put(l.lineNumber, l));
        List<Line> lines = k.lines().stream().map(l -> {
            PayerAdjudication.Line p = paid.get(l.number());
            if (p == null) {
                return l;
            }
            ClaimLine line = claimLines.get(l.number());
            String revenueCode = l.institutional() == null ? null : l.institutional().revenueCode();
            Procedure procedure = procedureOf(l, revenueCode);
            BigDecimal units = p.paidUnits() != null || line == null ? p.paidUnits() : BigDecimal.valueOf(line.units);
            LineAdjudication a = new LineAdjudication(before.payerId, p.paidAmount(), procedure, revenueCode, units,
                    null, adjustments(p.adjustments()), adjudication.adjudicationDate(), null);
            return new Line(l.number(), l.professional(), l.institutional(), l.dates(), l.references(), l.amounts(),
                    l.notes(), l.drug(), l.providers(), List.of(a), l.otherSegments());
        }).toList();
        // a claim of its own for the next payer: original (1), no REF*F8 to the primary's claim number
        return new Claim(leg.patientControlNumber, k.totalCharge(), k.facilityCode(),
                io.revcycle.claims.domain.Claim.ORIGINAL, k.providerSignature(), k.assignment(), k.benefitsAssignment(),
                k.releaseOfInformation(), k.patientSignatureSource(), k.relatedCauses(), k.specialProgram(),
                k.delayReason(), k.dates(), k.institutional(), k.amounts(),
                k.references().stream().filter(r -> !"F8".equals(r.qualifier())).toList(), k.notes(), k.diagnoses(),
                k.otherCodes(), k.providers(), List.of(payerBefore), lines, k.otherSegments());
    }

    /** The procedure the payer before adjudicated: the line's HCPCS, or for a room-and-board line its revenue code. */
    private static Procedure procedureOf(Line l, String revenueCode) {
        if (l.professional() != null) {
            return l.professional().procedure();
        }
        return l.institutional().procedure() != null ? l.institutional().procedure()
                : new Procedure("NU", revenueCode, List.of(), null);
    }

    private static List<Adjustment> adjustments(List<PayerAdjudication.Adjustment> adjustments) {
        return adjustments.stream().map(a -> new Adjustment(a.groupCode(), a.reasonCode(), a.amount(), null))
                .toList();
    }
}
