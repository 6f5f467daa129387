package io.revcycle.claims.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimStatus;
import io.revcycle.claims.domain.CorrectionItem;
import io.revcycle.claims.domain.PatientDemographics;
import io.revcycle.rest.ProblemException;

/**
 * The billers' side of rejected and held claims: correct (member id, subscriber demographics, diagnoses), re-send a
 * corrected rejected claim (re-scrubbed: READY, or back in the queue), release a held claim by hand with a reason.
 */
@ApplicationScoped
public class CorrectionService {

    private final ClaimStateMachine states;
    private final ClaimRejections rejections;
    private final ClaimEvaluation evaluation;
    private final ChargePricer pricer;

    public CorrectionService(ClaimStateMachine states, ClaimRejections rejections, ClaimEvaluation evaluation,
            ChargePricer pricer) {
        this.states = states;
        this.rejections = rejections;
        this.evaluation = evaluation;
        this.pricer = pricer;
    }

    /** A correction item with its claim's filing deadline (null while the payer's window is not known). */
    public record QueuedCorrection(CorrectionItem item, LocalDate filingDeadline) {
    }

    /**
     * The correction queue, nearest filing deadline first (date of service + the payer's timely filing days, as in
     * GET /claims: a rejected claim is not at the payer and the filing limit runs), then the oldest; items of a
     * payer whose window is not known yet come last.
     */
    public List<QueuedCorrection> queue(Optional<CorrectionItem.Status> status, Optional<String> claimId) {
        StringBuilder where = new StringBuilder("true");
        status.ifPresent(s -> where.append(" and ci.status = :status"));
        claimId.ifPresent(c -> where.append(" and ci.claim_id = :claimId"));
        var query = CorrectionItem.getEntityManager().createNativeQuery("select ci.id,"
                + " c.date_of_service + p.timely_filing_days as deadline from correction_item ci"
                + " join claim c on c.claim_id = ci.claim_id left join claim_payer_leg l on l.claim_id = ci.claim_id"
                + " and l.payer_responsibility = ci.payer_responsibility and ci.payer_responsibility <> 'P'"
                + " left join payer p on p.payer_id = coalesce(l.payer_id, c.payer_id) where "
                + where + " order by deadline asc nulls last, ci.created_at, ci.id", Object[].class);
        status.ifPresent(s -> query.setParameter("status", s.name()));
        claimId.ifPresent(c -> query.setParameter("claimId", c));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, CorrectionItem> byId = new HashMap<>();
        CorrectionItem.<CorrectionItem>list("id in ?1", rows.stream().map(r -> ((Number) r[0]).longValue()).toList())
                .forEach(i -> byId.put(i.id, i));
        return rows.stream().map(r -> new QueuedCorrection(byId.get(((Number) r[0]).longValue()), date(r[1])))
                .toList();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    @Transactional
    public Claim correct(String claimId, ClaimCorrection correction) {
        Claim claim = find(claimId);
        if (claim.status != ClaimStatus.REJECTED && claim.status != ClaimStatus.HELD) {
            throw ProblemException.conflict("claim " + claimId + " is " + claim.status
                    + "; only REJECTED or HELD claims can be corrected");
        }
        List<String> changed = apply(claim, correction);
        states.note(claim, "corrected: " + String.join(", ", changed), null, null);
        return claim;
    }

    /** Validates and applies a correction (400 problem when invalid); returns what changed, in words. */
    public List<String> apply(Claim claim, ClaimCorrection correction) {
        List<String> problems = ClaimCorrectionValidator.problems(correction, claim);
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest(String.join("; ", problems));
        }
        List<String> changed = new ArrayList<>();
        if (correction.memberId() != null) {
            claim.memberId = correction.memberId();
            changed.add("member id");
        }
        if (correction.subscriber() != null) {
            claim.setPatient(merge(claim.patient(), correction.subscriber()));
            changed.add("subscriber demographics");
        }
        if (correction.diagnosisCodes() != null) {
            claim.diagnosisCodes = new ArrayList<>(correction.diagnosisCodes());
            changed.add("diagnosis codes");
        }
        return changed;
    }

    @Transactional
    public Claim resend(String claimId) {
        Claim claim = find(claimId);
        if (claim.status != ClaimStatus.REJECTED) {
            throw ProblemException.conflict("claim " + claimId + " is " + claim.status
                    + "; only REJECTED claims can be re-sent");
        }
        rejections.resolveOpen(claim);
        evaluation.evaluate(claim, ClaimEvaluation.Coverage.ACTIVE, "re-sent after correction");
        return claim;
    }

    @Transactional
    public Claim release(String claimId, String reason, String by) {
        if (reason == null || reason.isBlank() || by == null || by.isBlank()) {
            throw ProblemException.badRequest("a release needs a reason and who releases (by)");
        }
        Claim claim = find(claimId);
        if (claim.status != ClaimStatus.HELD) {
            throw ProblemException.conflict("claim " + claimId + " is " + claim.status
                    + "; only HELD claims can be released");
        }
        List<String> unpriced = pricer.price(claim);
        if (!unpriced.isEmpty()) {
            // the exception rolls the re-pricing back: nothing changes
            throw ProblemException.conflict("claim " + claimId + " still has no chargemaster price for "
                    + String.join(", ", unpriced) + " on " + claim.dateOfService);
        }
        // a biller releasing takes responsibility for the coverage question: the claim is evaluated as covered, however
        // old its eligibility check
        evaluation.evaluate(claim, ClaimEvaluation.Coverage.CONFIRMED_BY_BILLER, "released by " + by.trim() + ": " + reason.trim());
        return claim;
    }

    private static Claim find(String claimId) {
        return Claim.<Claim>findByIdOptional(claimId).orElseThrow(() -> ProblemException.notFound("claim", claimId));
    }

    private static PatientDemographics merge(PatientDemographics p, ClaimCorrection.Subscriber s) {
        return new PatientDemographics(pick(s.firstName(), p.firstName()), pick(s.lastName(), p.lastName()),
                s.dateOfBirth() != null ? s.dateOfBirth() : p.dateOfBirth(), pick(s.sex(), p.sex()),
                pick(s.line1(), p.line1()), pick(s.line2(), p.line2()), pick(s.city(), p.city()),
                pick(s.state(), p.state()), pick(s.postalCode(), p.postalCode()));
    }

    private static String pick(String given, String current) {
        return given != null ? given : current;
    }
}
