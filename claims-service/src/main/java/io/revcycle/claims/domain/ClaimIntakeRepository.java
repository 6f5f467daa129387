package io.revcycle.claims.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.hibernate.query.NativeQuery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The per-encounter join buffer. Each half is written with {@code insert ... on conflict do update}: the upsert
 * takes the row lock (waiting for a concurrent writer of the other half to commit), so the read that follows in
 * the same transaction always sees both halves when both have arrived. Native SQL because JPA has no upsert.
 */
@ApplicationScoped
public class ClaimIntakeRepository {

    private final EntityManager em;
    private final ObjectMapper json;

    public ClaimIntakeRepository(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    public void recordCoded(String encounterId, UUID eventId, CodedEncounter coded) {
        em.createNativeQuery("""
                insert into claim_intake (encounter_id, coded, coded_event_id, coded_at, updated_at)
                values (:id, cast(:coded as jsonb), :eventId, now(), now())
                on conflict (encounter_id) do update
                   set coded = excluded.coded, coded_event_id = excluded.coded_event_id,
                       coded_at = excluded.coded_at, updated_at = excluded.updated_at
                """)
                .setParameter("id", encounterId)
                .setParameter("coded", toJson(coded))
                .setParameter("eventId", eventId)
                .executeUpdate();
    }

    public void recordEligibility(String encounterId, UUID eventId, EligibilityResult e) {
        em.createNativeQuery("""
                insert into claim_intake (encounter_id, eligibility_event_id, eligibility_at, coverage_active,
                                          inactive_reason, coverage_id, copay, coinsurance_percent,
                                          deductible_remaining, eligibility_checked_at, updated_at)
                values (:id, :eventId, now(), :active, cast(:reason as varchar), cast(:coverageId as varchar),
                        :copay, :coinsurance, :deductible, cast(:checkedAt as timestamptz), now())
                on conflict (encounter_id) do update
                   set eligibility_event_id = excluded.eligibility_event_id, eligibility_at = excluded.eligibility_at,
                       coverage_active = excluded.coverage_active, inactive_reason = excluded.inactive_reason,
                       coverage_id = excluded.coverage_id, copay = excluded.copay,
                       coinsurance_percent = excluded.coinsurance_percent,
                       deductible_remaining = excluded.deductible_remaining,
                       eligibility_checked_at = excluded.eligibility_checked_at, updated_at = excluded.updated_at
                """).unwrap(NativeQuery.class)
                .setParameter("id", encounterId)
                .setParameter("eventId", eventId)
                .setParameter("active", e.coverageActive())
                .setParameter("reason", e.inactiveReason())
                .setParameter("coverageId", e.coverageId())
                // typed: unknown benefits (null) must bind as numeric
                .setParameter("copay", e.copay(), BigDecimal.class)
                .setParameter("coinsurance", e.coinsurancePercent(), BigDecimal.class)
                .setParameter("deductible", e.deductibleRemaining(), BigDecimal.class)
                .setParameter("checkedAt", e.checkedAt() == null ? null : java.sql.Timestamp.from(e.checkedAt()))
                .executeUpdate();
    }

    /** A fresh read (new statement snapshot), never an entity cached earlier in the transaction. */
    public Optional<ClaimIntake> find(String encounterId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                select cast(coded as text) as coded, eligibility_event_id, coverage_active, inactive_reason,
                       coverage_id, copay, coinsurance_percent, deductible_remaining, eligibility_checked_at
                  from claim_intake where encounter_id = :id
                """, Tuple.class).setParameter("id", encounterId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Tuple row = rows.get(0);
        String coded = row.get("coded", String.class);
        EligibilityResult eligibility = row.get("eligibility_event_id") == null ? null
                : new EligibilityResult(Boolean.TRUE.equals(row.get("coverage_active")),
                        row.get("inactive_reason", String.class), row.get("coverage_id", String.class),
                        row.get("copay", BigDecimal.class), row.get("coinsurance_percent", BigDecimal.class),
                        row.get("deductible_remaining", BigDecimal.class), NativeColumns.instant(row.get("eligibility_checked_at")));
        return Optional.of(new ClaimIntake(encounterId, coded == null ? null : fromJson(coded), eligibility));
    }


    private String toJson(CodedEncounter coded) {
        try {
            return json.writeValueAsString(coded);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the coded encounter", e);
        }
    }

    private CodedEncounter fromJson(String coded) {
        try {
            return json.readValue(coded, CodedEncounter.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored coded encounter is unreadable", e);
        }
    }
}
