package io.revcycle.coding.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.coding.config.CodingConfig;
import io.revcycle.coding.domain.CodingWorkItem;
import io.revcycle.coding.domain.DenialReview;
import io.revcycle.rest.ProblemException;

/**
 * Coding queues over the open work items: by facility, encounter type, specialty and age; coders pull the next item
 * (highest priority first) or a coding manager assigns one. Priority = days waiting since the date of service (an
 * inpatient stay's discharge) + expected charge / {@code revcycle.coding.queue.charge-per-day}: old and expensive
 * encounters first, so the days and dollars not yet billed shrink fastest.
 */
@ApplicationScoped
public class CodingQueues {

    static final String AGE_DAYS = "(current_date - w.date_of_service)";
    /** A denial re-review waits from the day the denial came back. */
    static final String DENIAL_AGE_DAYS = "(current_date - cast(d.created_at as date))";
    private static final Logger LOG = Logger.getLogger(CodingQueues.class);

    /**
     * A queue's open items in counts: what a coding manager balances coders across. {@code open} counts work items
     * waiting for coding; {@code denialReviews} the open re-reviews of coding denials of the queue's encounters (aged
     * from the day the denial came back) with their denied amount; {@code oldestDays} is the oldest of either.
     */
    public record QueueCount(String facilityId, String encounterType, String specialty, String ageBucket, long open,
            long unassigned, long oldestDays, BigDecimal expectedCharge, long denialReviews, BigDecimal deniedAmount) {
    }

    private final EntityManager em;
    private final CodingConfig config;

    public CodingQueues(EntityManager em, CodingConfig config) {
        this.em = em;
        this.config = config;
    }

    /**
     * Assigns the queue's highest-priority unassigned open item to the coder; empty when there is none. Two coders
     * pulling at once never get the same item: the candidate row is taken with {@code FOR UPDATE SKIP LOCKED}, so a
     * concurrent pull passes over a row another transaction holds and takes the next one.
     */
    @Transactional
    public Optional<CodingWorkItem> pullNext(String coder, QueueFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("select w.encounter_id from coding_work_item w "
                + "where w.status = 'NEEDS_REVIEW' and w.assigned_to is null");
        where(sql, params, filter);
        sql.append(" order by ").append(AGE_DAYS).append(" + coalesce(w.expected_charge, 0) / :chargePerDay desc, ")
                .append("w.created_at, w.encounter_id limit 1 for update of w skip locked");
        params.put("chargePerDay", config.queue().chargePerDay());
        List<?> ids = bind(em.createNativeQuery(sql.toString()), params).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        CodingWorkItem item = CodingWorkItem.findById((String) ids.get(0)); // locked by this transaction already
        item.assignTo(coder, Instant.now());
        LOG.infof("encounter %s pulled by %s", item.encounterId, coder);
        return Optional.of(item);
    }

    /**
     * Assigns the queue's most urgent unassigned open denial re-review to the coder: nearest appeal deadline first
     * (then the oldest), as the re-review list orders them; the queue filter applies to the encounter's work item,
     * the age bucket to the days since the denial came back. Same {@code SKIP LOCKED} pull as for work items.
     */
    @Transactional
    public Optional<DenialReview> pullNextDenialReview(String coder, QueueFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("select d.id from denial_review d join coding_work_item w "
                + "on w.encounter_id = d.encounter_id where d.status = 'OPEN' and d.assigned_to is null");
        where(sql, params, filter, DENIAL_AGE_DAYS);
        sql.append(" order by d.appeal_deadline asc nulls last, d.created_at, d.id limit 1 for update of d skip locked");
        List<?> ids = bind(em.createNativeQuery(sql.toString()), params).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        DenialReview review = DenialReview.findById(((Number) ids.get(0)).longValue()); // locked already
        review.assignedTo = coder;
        review.assignedAt = Instant.now();
        LOG.infof("denial review %d of encounter %s pulled by %s", review.id, review.encounterId, coder);
        return Optional.of(review);
    }

    /** A coding manager's assignment (also a reassignment: the manager decides). */
    @Transactional
    public CodingWorkItem assign(String encounterId, String coder) {
        CodingWorkItem item = openItem(encounterId);
        item.assignTo(coder, Instant.now());
        LOG.infof("encounter %s assigned to %s", encounterId, coder);
        return item;
    }

    /** Back to the queue: by the coder holding it, or by a coding manager. */
    @Transactional
    public CodingWorkItem release(String encounterId, String caller, boolean manager) {
        CodingWorkItem item = openItem(encounterId);
        if (item.assignedTo == null) {
            throw ProblemException.conflict("encounter " + encounterId + " is not assigned");
        }
        if (!manager && !caller.equals(item.assignedTo)) {
            throw ProblemException.conflict("encounter " + encounterId + " is assigned to " + item.assignedTo);
        }
        item.release(Instant.now());
        LOG.infof("encounter %s released by %s", encounterId, caller);
        return item;
    }

    /**
     * Open items and open denial re-reviews by facility, encounter type, specialty and age bucket. A re-review falls in
     * the queue of its encounter's work item (a denial of an encounter this service never coded has none and stays
     * on its own list only).
     */
    public List<QueueCount> queues(QueueFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("select facility_id, encounter_type, specialty, bucket, sum(items), ")
                .append("sum(unassigned), max(age), sum(charge), sum(denials), sum(denied) from (")
                .append("select w.facility_id, w.encounter_type, coalesce(w.specialty, '') specialty, ")
                .append(AgeBucket.sqlLabel(AGE_DAYS)).append(" bucket, 1 items, ")
                .append("case when w.assigned_to is null then 1 else 0 end unassigned, ").append(AGE_DAYS)
                .append(" age, coalesce(w.expected_charge, 0) charge, 0 denials, 0 denied ")
                .append("from coding_work_item w where w.status = 'NEEDS_REVIEW'");
        where(sql, params, filter, AGE_DAYS);
        sql.append(" union all select w.facility_id, w.encounter_type, coalesce(w.specialty, ''), ")
                .append(AgeBucket.sqlLabel(DENIAL_AGE_DAYS)).append(", 0, 0, ").append(DENIAL_AGE_DAYS)
                .append(", 0, 1, d.denied_amount from denial_review d join coding_work_item w ")
                .append("on w.encounter_id = d.encounter_id where d.status = 'OPEN'");
        where(sql, params, filter, DENIAL_AGE_DAYS);
        sql.append(") q group by 1, 2, 3, 4 order by 1, 2, 3, min(age)");
        List<QueueCount> result = new ArrayList<>();
        for (Object row : bind(em.createNativeQuery(sql.toString()), params).getResultList()) {
            Object[] r = (Object[]) row;
            result.add(new QueueCount((String) r[0], (String) r[1], ((String) r[2]).isEmpty() ? null : (String) r[2],
                    (String) r[3], ((Number) r[4]).longValue(), ((Number) r[5]).longValue(),
                    Math.max(0, ((Number) r[6]).longValue()), money(r[7]), ((Number) r[8]).longValue(),
                    money(r[9])));
        }
        return result;
    }

    private static BigDecimal money(Object sum) {
        return new BigDecimal(sum.toString()).setScale(2);
    }

    private static void where(StringBuilder sql, Map<String, Object> params, QueueFilter filter) {
        where(sql, params, filter, AGE_DAYS);
    }

    private static void where(StringBuilder sql, Map<String, Object> params, QueueFilter filter, String ageDays) {
        if (filter.facilityId() != null) {
            sql.append(" and w.facility_id = :facility");
            params.put("facility", filter.facilityId());
        }
        if (filter.encounterType() != null) {
            sql.append(" and w.encounter_type = :encounterType");
            params.put("encounterType", filter.encounterType());
        }
        if (filter.specialty() != null) {
            sql.append(" and w.specialty = :specialty");
            params.put("specialty", filter.specialty());
        }
        if (filter.ageBucket() != null) {
            sql.append(" and ").append(ageDays).append(" between :ageFrom and :ageTo");
            params.put("ageFrom", filter.ageBucket() == AgeBucket.DAYS_0_3 ? Integer.MIN_VALUE : filter.ageBucket().from());
            params.put("ageTo", filter.ageBucket().to());
        }
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    private static CodingWorkItem openItem(String encounterId) {
        CodingWorkItem item = CodingWorkItem.findForUpdate(encounterId)
                .orElseThrow(() -> ProblemException.notFound("work item", encounterId));
        if (item.isCoded()) {
            throw ProblemException.conflict("encounter " + encounterId + " is already coded");
        }
        return item;
    }
}
