package io.revcycle.claims.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.claims.domain.ChargemasterEntry;
import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimStatus;
import io.revcycle.claims.domain.HoldReason;
import io.revcycle.rest.ProblemException;

/**
 * Maintains the chargemaster (a new price is a new row with its effective date; a row can be corrected) and
 * re-evaluates the claims held for a missing price of the changed code, in the same transaction.
 */
@ApplicationScoped
public class ChargemasterService {

    private static final Logger LOG = Logger.getLogger(ChargemasterService.class);
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{5}");
    private static final Pattern REVENUE_CODE = Pattern.compile("[0-9]{4}");

    private final ClaimEvaluation evaluation;
    private final Chargemaster chargemaster;

    public ChargemasterService(ClaimEvaluation evaluation, Chargemaster chargemaster) {
        this.evaluation = evaluation;
        this.chargemaster = chargemaster;
    }

    public record Price(String code, LocalDate effectiveFrom, String description, BigDecimal chargePerUnit,
            String revenueCode) {
    }

    @Transactional
    public ChargemasterEntry add(Price p) {
        validate(p);
        if (ChargemasterEntry.findById(key(p.code(), p.effectiveFrom())) != null) {
            throw ProblemException.conflict("the chargemaster already has " + p.code() + " from " + p.effectiveFrom()
                    + "; change it with PUT /chargemaster/" + p.code() + "/" + p.effectiveFrom());
        }
        ChargemasterEntry e = new ChargemasterEntry();
        e.code = p.code();
        e.effectiveFrom = p.effectiveFrom();
        apply(e, p);
        e.persist();
        reEvaluateHolds(e);
        return e;
    }

    @Transactional
    public ChargemasterEntry change(Price p) {
        validate(p);
        ChargemasterEntry e = ChargemasterEntry.findById(key(p.code(), p.effectiveFrom()));
        if (e == null) {
            throw ProblemException.notFound("chargemaster entry", p.code() + "/" + p.effectiveFrom());
        }
        apply(e, p);
        reEvaluateHolds(e);
        return e;
    }

    private void reEvaluateHolds(ChargemasterEntry e) {
        ChargemasterEntry.getEntityManager().flush();
        chargemaster.forgetInThisTransaction(); // the held claims are priced with the change
        List<Claim> held = Claim.list("""
                select distinct c from Claim c join c.lines l
                 where c.status = ?1 and c.holdReason = ?2 and l.procedureCode = ?3 order by c.claimId
                """, ClaimStatus.HELD, HoldReason.NO_CHARGE, e.code);
        for (Claim claim : held) {
            evaluation.evaluate(claim, ClaimEvaluation.Coverage.ACTIVE,
                    "chargemaster price for " + e.code + " from " + e.effectiveFrom + " maintained");
        }
        if (!held.isEmpty()) {
            LOG.infof("chargemaster %s: %d held claim(s) re-evaluated", e.code, held.size());
        }
    }

    private static void apply(ChargemasterEntry e, Price p) {
        e.description = p.description().trim();
        e.chargePerUnit = p.chargePerUnit().setScale(2);
        e.revenueCode = p.revenueCode();
    }

    private static void validate(Price p) {
        List<String> problems = new ArrayList<>();
        if (p.code() == null || !CODE.matcher(p.code()).matches()) {
            problems.add("code must be a 5-character CPT/HCPCS code");
        }
        if (p.effectiveFrom() == null) {
            problems.add("effectiveFrom is required (yyyy-MM-dd)");
        }
        if (p.description() == null || p.description().isBlank() || p.description().length() > 200) {
            problems.add("description must be 1-200 characters");
        }
        if (p.chargePerUnit() == null || p.chargePerUnit().signum() < 0 || p.chargePerUnit().scale() > 2
                || p.chargePerUnit().precision() - p.chargePerUnit().scale() > 10) {
            problems.add("chargePerUnit must be an amount of at least 0.00 with at most 2 decimals");
        }
        if (p.revenueCode() != null && !REVENUE_CODE.matcher(p.revenueCode()).matches()) {
            problems.add("revenueCode must be a 4-digit NUBC revenue code");
        }
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest(String.join("; ", problems));
        }
    }

    private static ChargemasterEntry.Key key(String code, LocalDate from) {
        ChargemasterEntry.Key k = new ChargemasterEntry.Key();
        k.code = code;
        k.effectiveFrom = from;
        return k;
    }
}
