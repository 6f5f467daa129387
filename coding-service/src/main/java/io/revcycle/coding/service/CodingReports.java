package io.revcycle.coding.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.revcycle.coding.domain.ClaimHoldReason;

/**
 * What coding managers watch: productivity per coder and DNFB (discharged, not final billed). Both are read straight
 * from the work items, audits and overrides, so they are as current as the last commit.
 */
@ApplicationScoped
public class CodingReports {

    /** One coder's finalized items of one encounter type in the period. */
    public record ProductivityRow(String coder, String encounterType, long items, BigDecimal hours,
            BigDecimal itemsPerHour) {
    }

    /**
     * A coder over the period: items per encounter type; hours = time from taking an item (pull or assignment) to
     * finalizing it; overrides of edit warnings; audit agreement = agreed codes / all codes judged in completed audits
     * of their coding (null when none was audited).
     */
    public record CoderProductivity(String coder, long items, BigDecimal hours, BigDecimal itemsPerHour,
            List<ProductivityRow> byEncounterType, long overrides, long auditedItems, long codesAgreed,
            long codesDisagreed, BigDecimal auditAgreementRate) {
    }

    /** One DNFB cell: facility, reason and age bucket (days since discharge or date of service). */
    public record DnfbRow(String facilityId, String reason, String ageBucket, long encounters,
            BigDecimal expectedCharge) {
    }

    /** byHoldReason: the HELD_IN_CLAIMS encounters by claims' hold reason (ClaimHoldReason, every one listed). */
    public record DnfbReport(long encounters, BigDecimal expectedCharge, Map<String, Long> byReason,
            Map<String, Long> byAgeBucket, Map<String, Long> byHoldReason, List<DnfbRow> rows) {
    }

    /** Why an encounter is not final billed yet. */
    public enum DnfbReason {
        /** documented, waiting for or with a coder */
        IN_CODING,
        /** a physician query is open */
        ON_QUERY_HOLD,
        /** coded, and claims-service holds its claim (ClaimHeld: coverage, charges; ClaimRejected by the scrubber) */
        HELD_IN_CLAIMS,
        /** coded, no claim sent and none held: the claim is waiting for its batch (or for its eligibility check) */
        CODED_NOT_BILLED
    }

    /** Documented and not final billed: not coded yet, or coded and no claim sent. */
    private static final String UNBILLED = "where (w.status <> 'CODED' or w.billed_at is null)";

    private final EntityManager em;

    public CodingReports(EntityManager em) {
        this.em = em;
    }

    public List<CoderProductivity> productivity(Instant from, Instant to) {
        Map<String, List<ProductivityRow>> rows = new HashMap<>();
        for (Object o : em.createNativeQuery("select w.finalized_by, w.encounter_type, count(*), "
                + "coalesce(sum(extract(epoch from (w.finalized_at - coalesce(w.assigned_at, w.finalized_at)))), 0) "
                + "from coding_work_item w where w.status = 'CODED' and w.finalized_by <> 'AUTO' "
                + "and w.finalized_at >= :from and w.finalized_at < :to group by 1, 2 order by 1, 2")
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            Object[] r = (Object[]) o;
            BigDecimal hours = hours(r[3]);
            long items = ((Number) r[2]).longValue();
            rows.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                    .add(new ProductivityRow((String) r[0], (String) r[1], items, hours, perHour(items, hours)));
        }
        Map<String, Long> overrides = counts(em.createNativeQuery("select o.overridden_by, count(*) "
                + "from work_item_override o where o.overridden_at >= :from and o.overridden_at < :to group by 1")
                .setParameter("from", from).setParameter("to", to).getResultList());
        Map<String, long[]> audits = new HashMap<>();
        for (Object o : em.createNativeQuery("select a.coder, count(distinct a.encounter_id), "
                + "count(*) filter (where c.outcome = 'AGREED'), count(*) filter (where c.outcome <> 'AGREED') "
                + "from coding_audit a join coding_work_item w on w.encounter_id = a.encounter_id "
                + "join coding_audit_code c on c.encounter_id = a.encounter_id "
                + "where a.status = 'COMPLETED' and w.finalized_at >= :from and w.finalized_at < :to group by 1")
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            Object[] r = (Object[]) o;
            audits.put((String) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue()});
        }
        List<CoderProductivity> result = new ArrayList<>();
        rows.keySet().stream().sorted().forEach(coder -> {
            List<ProductivityRow> byType = rows.get(coder);
            long items = byType.stream().mapToLong(ProductivityRow::items).sum();
            BigDecimal hours = byType.stream().map(ProductivityRow::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
            long[] a = audits.getOrDefault(coder, new long[3]);
            BigDecimal agreement = a[1] + a[2] == 0 ? null
                    : BigDecimal.valueOf(a[1]).divide(BigDecimal.valueOf(a[1] + a[2]), 4, RoundingMode.HALF_UP);
            result.add(new CoderProductivity(coder, items, hours, perHour(items, hours), byType,
                    overrides.getOrDefault(coder, 0L), a[0], a[1], a[2], agreement));
        });
        return result;
    }

    /**
     * Every encounter documented and not yet billed, by facility, reason and age (days since the date of service,
     * which for an inpatient stay is its discharge date).
     */
    public DnfbReport dnfb() {
        String age = "(current_date - w.date_of_service)";
        List<DnfbRow> rows = new ArrayList<>();
        for (Object o : em.createNativeQuery("select w.facility_id, case w.status when 'NEEDS_REVIEW' then 'IN_CODING' "
                + "when 'ON_HOLD' then 'ON_QUERY_HOLD' else case when w.claim_held_at is null then 'CODED_NOT_BILLED' "
                + "else 'HELD_IN_CLAIMS' end end, " + AgeBucket.sqlLabel(age)
                + ", count(*), coalesce(sum(w.expected_charge), 0) from coding_work_item w " + UNBILLED
                + " group by 1, 2, 3 order by 1, 2, min(" + age + ")")
                .getResultList()) {
            Object[] r = (Object[]) o;
            rows.add(new DnfbRow((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
                    ((BigDecimal) r[4]).setScale(2)));
        }
        Map<String, Long> byReason = new LinkedHashMap<>();
        for (DnfbReason reason : DnfbReason.values()) {
            byReason.put(reason.name(), rows.stream().filter(r -> r.reason().equals(reason.name()))
                    .mapToLong(DnfbRow::encounters).sum());
        }
        Map<String, Long> byAge = new LinkedHashMap<>();
        for (AgeBucket bucket : AgeBucket.values()) {
            byAge.put(bucket.label(), rows.stream().filter(r -> r.ageBucket().equals(bucket.label()))
                    .mapToLong(DnfbRow::encounters).sum());
        }
        Map<String, Long> byHold = new LinkedHashMap<>();
        Map<String, Long> held = counts(em.createNativeQuery("select w.claim_hold_reason, count(*) "
                + "from coding_work_item w " + UNBILLED + " and w.status = 'CODED' and w.claim_held_at is not null "
                + "group by 1").getResultList());
        for (ClaimHoldReason reason : ClaimHoldReason.values()) {
            byHold.put(reason.name(), held.getOrDefault(reason.name(), 0L));
        }
        return new DnfbReport(rows.stream().mapToLong(DnfbRow::encounters).sum(),
                rows.stream().map(DnfbRow::expectedCharge).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                byReason, byAge, byHold, rows);
    }

    private static Map<String, Long> counts(List<?> result) {
        Map<String, Long> counts = new HashMap<>();
        for (Object o : result) {
            Object[] r = (Object[]) o;
            counts.put((String) r[0], ((Number) r[1]).longValue());
        }
        return counts;
    }

    private static BigDecimal hours(Object seconds) {
        return new BigDecimal(seconds.toString()).divide(BigDecimal.valueOf(3600), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal perHour(long items, BigDecimal hours) {
        return hours.signum() == 0 ? null : BigDecimal.valueOf(items).divide(hours, 2, RoundingMode.HALF_UP);
    }
}
