package io.revcycle.claims.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimIntake;
import io.revcycle.claims.domain.ClaimLine;
import io.revcycle.claims.domain.ClaimStatus;
import io.revcycle.claims.domain.CodedEncounter;
import io.revcycle.claims.domain.CodedProcedure;
import io.revcycle.claims.domain.EligibilityResult;
import io.revcycle.claims.domain.HoldReason;
import io.revcycle.claims.messaging.ClaimEventMapper;
import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;

/** Builds and prices the claim of a complete intake, then holds it or submits it (ClaimSubmitted via the outbox). */
@ApplicationScoped
public class ClaimSubmissionService {

    private static final Logger LOG = Logger.getLogger(ClaimSubmissionService.class);

    private final ChargePricer pricer;
    private final EventOutbox outbox;
    private final ClaimEventMapper mapper;

    public ClaimSubmissionService(ChargePricer pricer, EventOutbox outbox, ClaimEventMapper mapper) {
        this.pricer = pricer;
        this.outbox = outbox;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Claim create(ClaimIntake intake) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Claim claim = newClaim(intake, now);
        List<String> unpriced = priceLines(claim, intake.coded());
        EligibilityResult eligibility = intake.eligibility();
        if (!eligibility.coverageActive()) {
            hold(claim, HoldReason.COVERAGE_INACTIVE,
                    eligibility.inactiveReason() == null ? "coverage inactive" : eligibility.inactiveReason());
        } else if (!unpriced.isEmpty()) {
            hold(claim, HoldReason.NO_CHARGE, "no chargemaster price on " + claim.dateOfService + " for "
                    + String.join(", ", unpriced));
        } else {
            claim.status = ClaimStatus.SUBMITTED;
            claim.submittedAt = now;
        }
        // flushed now so that a second claim for the encounter fails here, on the unique constraint
        claim.persistAndFlush();
        if (claim.status == ClaimStatus.SUBMITTED) {
            outbox.publish(Topics.CLAIM_SUBMITTED, claim.claimId, mapper.toClaimSubmitted(claim));
            LOG.infof("claim %s submitted to %s, total %s", claim.claimId, claim.payerId, claim.totalCharge);
        } else {
            LOG.infof("claim %s held: %s", claim.claimId, claim.holdReason);
        }
        return claim;
    }

    private static Claim newClaim(ClaimIntake intake, Instant now) {
        CodedEncounter coded = intake.coded();
        EligibilityResult eligibility = intake.eligibility();
        Claim claim = new Claim();
        claim.claimId = Claim.idFor(intake.encounterId());
        claim.encounterId = intake.encounterId();
        claim.patientId = coded.patientId();
        claim.payerId = coded.payerId();
        claim.memberId = coded.memberId();
        claim.billingProviderNpi = coded.billingProviderNpi();
        claim.renderingProviderNpi = coded.renderingProviderNpi();
        claim.facilityId = coded.facilityId();
        claim.placeOfService = coded.placeOfService();
        claim.dateOfService = coded.dateOfService();
        claim.diagnosisCodes = new ArrayList<>(coded.diagnosisCodes());
        claim.expectedCopay = eligibility.copay();
        claim.expectedCoinsurancePercent = eligibility.coinsurancePercent();
        claim.expectedDeductibleRemaining = eligibility.deductibleRemaining();
        claim.createdAt = now;
        claim.updatedAt = now;
        return claim;
    }

    /** Adds the priced lines and the total; returns the codes without a price (then the total stays null). */
    private List<String> priceLines(Claim claim, CodedEncounter coded) {
        List<String> unpriced = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (CodedProcedure p : coded.lines()) {
            ClaimLine line = new ClaimLine();
            line.lineNumber = p.lineNumber();
            line.procedureCode = p.procedureCode();
            line.modifiers = new ArrayList<>(p.modifiers());
            line.units = p.units();
            line.diagnosisPointers = new ArrayList<>(p.diagnosisPointers());
            var unitCharge = pricer.unitCharge(p.procedureCode(), claim.dateOfService);
            if (unitCharge.isPresent()) {
                line.unitCharge = unitCharge.get();
                line.charge = ChargePricer.lineCharge(line.unitCharge, line.units);
                total = total.add(line.charge);
            } else if (!unpriced.contains(p.procedureCode())) {
                unpriced.add(p.procedureCode());
            }
            claim.addLine(line);
        }
        claim.totalCharge = unpriced.isEmpty() ? total : null;
        return unpriced;
    }

    private static void hold(Claim claim, HoldReason reason, String detail) {
        claim.status = ClaimStatus.HELD;
        claim.holdReason = reason;
        claim.holdDetail = detail;
    }
}
