package io.revcycle.remittance.domain;

import java.util.SortedSet;

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

    /**
     * Every number of an 835 file in one statement, in sorted order, so two files naming some of the same claims
     * take the shared locks in the same order and cannot deadlock.
     */
    public static void lockAll(EntityManager em, SortedSet<String> patientControlNumbers) {
        if (patientControlNumbers.isEmpty()) {
            return;
        }
        // one text parameter split by the unit separator, which X12 data never holds (a list parameter would be
        // expanded into a row constructor, not an array)
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:ns, hashtext(t.p)) "
                + "from unnest(string_to_array(:pcns, chr(31))) with ordinality as t(p, n) order by t.n) l")
                .setParameter("ns", NAMESPACE).setParameter("pcns", String.join("\u001f", patientControlNumbers))
                .getSingleResult();
    }

    public static void lock(EntityManager em, String patientControlNumber) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(:ns, hashtext(:pcn))) l")
                .setParameter("ns", NAMESPACE).setParameter("pcn", patientControlNumber).getSingleResult();
    }
}
