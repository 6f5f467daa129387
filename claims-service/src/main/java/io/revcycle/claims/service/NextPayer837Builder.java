package io.revcycle.claims.service;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
 * frequency 1, and each payer before it in a loop 2320 (the primary first; a tertiary claim has two): SBR01, its
 * claim-level CAS, AMT*D (paid), AMT*EAF (what it left to the patient, the balance the payer after it considered),
 * OI, 2330A (that payer's subscriber) and 2330B (that payer); each line carries each such payer's 2430 SVD (payment),
 * CAS and DTP*573 (adjudication date).
 */
@ApplicationScoped
public class NextPayer837Builder {

    private final Claim837Builder builder;
    private final ClaimsConfig config;

    public NextPayer837Builder(Claim837Builder builder, ClaimsConfig config) {
        this.builder = builder;
        this.config = config;
    }

    /**
     * A payer the claim went to before the next one, as loop 2320/2330 and the 2430s show it: SBR01, the payer, the
     * patient's relationship to its subscriber (18 self) and that subscriber, what its 835 said and what it left.
     */
    public record PayerBefore(String payerResponsibility, PayerEntry payer, String relationshipCode, String memberId,
            String subscriberFirstName, String subscriberLastName, PayerAdjudication adjudication,
            BigDecimal remaining) {

        boolean selfInsured() {
            return relationshipCode == null || "18".equals(relationshipCode);
        }
    }

    /**
     * One interchange holding the claim for {@code next}, after the payers {@code before} it in the order of benefits
     * (one 2320 each, the primary first); throws if a value holds a delimiter.
     */
    public byte[] write(io.revcycle.claims.domain.Claim c, ClaimPayerLeg leg, PayerEntry next, List<PayerBefore> before,
            ControlNumbers numbers, LocalDateTime created) {
        Envelope envelope = Envelope.of(config.x12().senderId(), next.interchangeId).withCreated(created)
                .withUsage(config.x12().usage());
        Claim837 transaction = builder.build(List.of(c), c.claimType, next, leg.patientControlNumber, created,
                claim -> subscriber(claim, leg, next, before));
        return X12Toolkit.writeTyped(List.of(transaction), envelope, numbers, Delimiters.DEFAULT);
    }

    private Subscriber subscriber(io.revcycle.claims.domain.Claim c, ClaimPayerLeg leg, PayerEntry next,
            List<PayerBefore> before) {
        Claim claim = withPayersBefore(c, builder.claimLoop(c), leg, before);
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

    private static Claim withPayersBefore(io.revcycle.claims.domain.Claim c, Claim k, ClaimPayerLeg leg,
            List<PayerBefore> before) {
        List<OtherSubscriber> payersBefore = before.stream().map(b -> new OtherSubscriber(b.payerResponsibility(),
                b.selfInsured() ? "18" : b.relationshipCode(), null, null, null, b.payer().claimFilingIndicator,
                adjustments(b.adjudication().claimAdjustments()), b.adjudication().paidAmount(), null, b.remaining(),
                "Y", null, "Y", null, null, otherSubscriber(c, b), Claim837Builder.payerLoop(b.payer()), List.of()))
                .toList();
        Map<Integer, ClaimLine> claimLines = new HashMap<>();
        c.lines.forEach(l -> claimLines.put(l.lineNumber, l));
        List<Line> lines = k.lines().stream().map(l -> {
            ClaimLine line = claimLines.get(l.number());
            String revenueCode = l.institutional() == null ? null : l.institutional().revenueCode();
            Procedure procedure = procedureOf(l, revenueCode);
            List<LineAdjudication> adjudications = new ArrayList<>();
            for (PayerBefore b : before) {
                b.adjudication().lines().stream().filter(p -> Integer.valueOf(l.number()).equals(p.lineNumber()))
                        .findFirst().ifPresent(p -> {
                            BigDecimal units = p.paidUnits() != null || line == null ? p.paidUnits()
                                    : BigDecimal.valueOf(line.units);
                            adjudications.add(new LineAdjudication(b.payer().payerId, p.paidAmount(), procedure,
                                    revenueCode, units, null, adjustments(p.adjustments()),
                                    b.adjudication().adjudicationDate(), null));
                        });
            }
            if (adjudications.isEmpty()) {
                return l;
            }
            return new Line(l.number(), l.professional(), l.institutional(), l.dates(), l.references(), l.amounts(),
                    l.notes(), l.drug(), l.providers(), adjudications, l.otherSegments());
        }).toList();
        // a claim of its own for the next payer: original (1), no REF*F8 to the primary's claim number
        return new Claim(leg.patientControlNumber, k.totalCharge(), k.facilityCode(),
                io.revcycle.claims.domain.Claim.ORIGINAL, k.providerSignature(), k.assignment(), k.benefitsAssignment(),
                k.releaseOfInformation(), k.patientSignatureSource(), k.relatedCauses(), k.specialProgram(),
                k.delayReason(), k.dates(), k.institutional(), k.amounts(),
                k.references().stream().filter(r -> !"F8".equals(r.qualifier())).toList(), k.notes(), k.diagnoses(),
                k.otherCodes(), k.providers(), payersBefore, lines, k.otherSegments());
    }

    /** 2330A: the patient under the claim's (or that payer's) member id when self-insured, else that subscriber. */
    private static Person otherSubscriber(io.revcycle.claims.domain.Claim c, PayerBefore b) {
        if (b.selfInsured()) {
            return Claim837Builder.otherSubscriber(c, b.memberId());
        }
        return new Person(new Name("IL", "1", b.subscriberLastName(), b.subscriberFirstName(), null, null, "MI",
                b.memberId()), null, null, null, List.of(), null);
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
