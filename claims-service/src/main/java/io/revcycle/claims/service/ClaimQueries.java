package io.revcycle.claims.service;

import io.revcycle.events.Money;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimPayerLeg;
import io.revcycle.claims.domain.ClaimStatus;
import io.revcycle.claims.domain.PayerEntry;

/** Read side of the claims API. */
@ApplicationScoped
public class ClaimQueries {

    /** Aggregates of the claims in one status; sums are zero, never null. */
    public record StatusTotals(ClaimStatus status, long claims, BigDecimal totalCharge, BigDecimal paid,
            BigDecimal patientResponsibility, BigDecimal denied) {
    }

    /** The claims sent on to a next payer (SBR01 S or T) in one leg state, with what those payers' 835s said. */
    public record LegTotals(String payerResponsibility, ClaimPayerLeg.Status status, long claims, BigDecimal paid,
            BigDecimal patientResponsibility) {
    }

    /** A page of claims with their payers' timely filing days (absent: not announced yet) and today's date. */
    public record ClaimPage(List<Claim> claims, long total, Map<String, Integer> timelyFilingDays, LocalDate today) {
    }

    /** The order of a claim list: newest first, or nearest filing deadline first (then the largest charge). */
    public enum ClaimOrder {
        NEWEST, DEADLINE;

        /** Claims not yet in a payer's hands race the filing limit: their lists show the nearest deadline first. */
        public static ClaimOrder defaultFor(Optional<ClaimStatus> status) {
            return status.filter(s -> s == ClaimStatus.HELD || s == ClaimStatus.READY || s == ClaimStatus.REJECTED)
                    .map(s -> DEADLINE).orElse(NEWEST);
        }
    }

    private final Clock clock;

    public ClaimQueries(Clock clock) {
        this.clock = clock;
    }

    public ClaimPage list(Optional<ClaimStatus> status, Optional<String> encounterId, ClaimOrder order, int page,
            int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        status.ifPresent(s -> {
            where.append(" and status = :status");
            params.and("status", s);
        });
        encounterId.ifPresent(e -> {
            where.append(" and encounterId = :encounterId");
            params.and("encounterId", e);
        });
        List<Claim> claims = order == ClaimOrder.DEADLINE ? byDeadline(status, encounterId, page, size)
                : Claim.<Claim>find(where.toString(), Sort.descending("createdAt").and("claimId",
                        Sort.Direction.Ascending), params).page(Page.of(page, size)).list();
        Map<String, Integer> windows = new HashMap<>();
        PayerEntry.<PayerEntry>list("timelyFilingDays is not null")
                .forEach(p -> windows.put(p.payerId, p.timelyFilingDays));
        return new ClaimPage(claims, Claim.count(where.toString(), params), windows,
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /**
     * Filing deadline = date of service + the payer's timely filing days (payer directory copy); claims of a payer
     * whose window is not known yet come last. Ties: the larger charge first.
     */
    private static List<Claim> byDeadline(Optional<ClaimStatus> status, Optional<String> encounterId, int page,
            int size) {
        StringBuilder where = new StringBuilder("true");
        status.ifPresent(s -> where.append(" and c.status = :status"));
        encounterId.ifPresent(e -> where.append(" and c.encounter_id = :encounterId"));
        var query = Claim.getEntityManager().createNativeQuery("select c.claim_id from claim c"
                + " left join payer p on p.payer_id = c.payer_id where " + where
                + " order by c.date_of_service + p.timely_filing_days asc nulls last, c.total_charge desc nulls last,"
                + " c.created_at, c.claim_id limit :limit offset :offset", String.class);
        status.ifPresent(s -> query.setParameter("status", s.name()));
        encounterId.ifPresent(e -> query.setParameter("encounterId", e));
        @SuppressWarnings("unchecked")
        List<String> ids = query.setParameter("limit", size).setParameter("offset", (long) page * size)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Claim> byId = new HashMap<>();
        Claim.<Claim>list("claimId in ?1", ids).forEach(c -> byId.put(c.claimId, c));
        return ids.stream().map(byId::get).toList();
    }

    public Optional<Claim> get(String claimId) {
        return Claim.withLines(claimId);
    }

    public List<StatusTotals> totalsByStatus() {
        List<Object[]> rows = Claim.getEntityManager().createQuery("""
                select c.status, count(c), sum(c.totalCharge), sum(c.paidAmount), sum(c.patientResponsibility),
                       sum(c.deniedAmount)
                  from Claim c group by c.status
                """, Object[].class).getResultList();
        return rows.stream().map(r -> new StatusTotals((ClaimStatus) r[0], ((Number) r[1]).longValue(),
                money(r[2]), money(r[3]), money(r[4]), money(r[5]))).toList();
    }

    /** Next payers' legs by SBR01 and state (a claim's own payer is the claim's totals above). */
    public List<LegTotals> nextPayerTotals() {
        List<Object[]> rows = ClaimPayerLeg.getEntityManager().createQuery("""
                select l.payerResponsibility, l.status, count(l), sum(l.paidAmount), sum(l.patientResponsibility)
                  from ClaimPayerLeg l group by l.payerResponsibility, l.status
                """, Object[].class).getResultList();
        return rows.stream().map(r -> new LegTotals((String) r[0], (ClaimPayerLeg.Status) r[1],
                ((Number) r[2]).longValue(), money(r[3]), money(r[4]))).toList();
    }

    private static BigDecimal money(Object sum) {
        return Money.sumOrZero(sum);
    }
}
