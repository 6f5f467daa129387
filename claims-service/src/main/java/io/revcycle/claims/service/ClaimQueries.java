package io.revcycle.claims.service;

import io.revcycle.events.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimStatus;

/** Read side of the claims API. */
@ApplicationScoped
public class ClaimQueries {

    /** Aggregates of the claims in one status; sums are zero, never null. */
    public record StatusTotals(ClaimStatus status, long claims, BigDecimal totalCharge, BigDecimal paid,
            BigDecimal patientResponsibility, BigDecimal denied) {
    }

    public record ClaimPage(List<Claim> claims, long total) {
    }

    public ClaimPage list(Optional<ClaimStatus> status, Optional<String> encounterId, int page, int size) {
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
        PanacheQuery<Claim> query = Claim.find(where.toString(),
                Sort.descending("createdAt").and("claimId", Sort.Direction.Ascending), params);
        return new ClaimPage(query.page(Page.of(page, size)).list(), query.count());
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

    private static BigDecimal money(Object sum) {
        return Money.sumOrZero(sum);
    }
}
