package io.revcycle.patientbilling.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.revcycle.patientbilling.domain.statement.EncounterService;

/**
 * An adjudicated claim this service has seen, with the patient responsibility its account holds for it; its primary
 * key and row lock keep two adjudications of a claim from both applying.
 */
@Entity
@Table(name = "claim_posting")
public class ClaimPosting extends PanacheEntityBase {

    @Id
    @Column(name = "claim_id")
    public String claimId;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    @Column(name = "encounter_id", nullable = false)
    public String encounterId;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;

    /** False for claims without patient responsibility: seen, nothing billed. */
    @Column(nullable = false)
    public boolean posted;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The newest posting of the claim applied here (0: an adjudication from before postings were numbered). */
    @Column(name = "posting_sequence", nullable = false)
    public int postingSequence;

    /** The claim's date of service and rendering provider (null when its adjudications did not carry them). */
    @Column(name = "date_of_service")
    public LocalDate dateOfService;

    @Column(name = "rendering_provider_npi")
    public String renderingProviderNpi;

    /** Keeps what an adjudication says of the service; an older event without it forgets nothing. */
    public void recordService(LocalDate date, String npi) {
        if (date != null) {
            dateOfService = date;
        }
        if (npi != null && !npi.isBlank()) {
            renderingProviderNpi = npi;
        }
    }

    /**
     * When and by whom each of these encounters was served, as their claims say: the earliest date of service of an
     * encounter's claims (a secondary claim repeats the primary's) and a provider of them. Encounters whose claims
     * named neither are absent.
     */
    public static Map<String, EncounterService> servicesOf(Collection<String> encounterIds) {
        Map<String, EncounterService> services = new HashMap<>();
        if (encounterIds.isEmpty()) {
            return services;
        }
        List<Object[]> rows = getEntityManager().createQuery("select c.encounterId, min(c.dateOfService), "
                + "min(c.renderingProviderNpi) from ClaimPosting c where c.encounterId in :e "
                + "and (c.dateOfService is not null or c.renderingProviderNpi is not null) group by c.encounterId",
                Object[].class).setParameter("e", encounterIds).getResultList();
        for (Object[] row : rows) {
            services.put((String) row[0], new EncounterService((LocalDate) row[1], (String) row[2]));
        }
        return services;
    }

    /**
     * Claims the claim for this transaction: true if it was new. A concurrent insert of the same claim waits for the
     * other transaction and then finds the claim taken.
     */
    public static boolean claim(String claimId, String patientId, String encounterId, UUID eventId) {
        return getEntityManager().createNativeQuery("insert into claim_posting (claim_id, patient_id, encounter_id, "
                + "event_id, amount, posted, received_at) values (:c, :p, :e, :id, 0, false, now()) "
                + "on conflict (claim_id) do nothing")
                .setParameter("c", claimId).setParameter("p", patientId).setParameter("e", encounterId)
                .setParameter("id", eventId).executeUpdate() == 1;
    }

    /** The claim's row, locked until the transaction ends. */
    public static ClaimPosting lock(String claimId) {
        return getEntityManager().find(ClaimPosting.class, claimId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    public static long countPosted() {
        return count("posted", true);
    }
}
