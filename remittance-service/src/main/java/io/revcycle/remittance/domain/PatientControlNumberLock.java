package io.revcycle.remittance.domain;

import jakarta.persistence.EntityManager;

/**
 * Serializes the two halves of the join by patient control number: an 835 claim payment (which knows only CLP01) and
 * the ClaimSubmitted that carries it arrive on different consumer threads in either order. Both take this
 * transaction-scoped advisory lock before looking for the other half, so whichever commits second sees the first.
 * A hash collision only serializes two unrelated claims.
 */
public final class PatientControlNumberLock {

    /** First key of the two-key advisory lock: keeps these locks apart from other advisory locks (the outbox relay). */
    private static final int NAMESPACE = 835;

    private PatientControlNumberLock() {
    }

    public static void lock(EntityManager em, String patientControlNumber) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(:ns, hashtext(:pcn))) l")
                .setParameter("ns", NAMESPACE).setParameter("pcn", patientControlNumber).getSingleResult();
    }
}
