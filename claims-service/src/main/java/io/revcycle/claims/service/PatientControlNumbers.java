package io.revcycle.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** CLM01 patient control numbers: "RC" + 10 digits from a PostgreSQL sequence (claim ids do not fit 20 chars). */
@ApplicationScoped
public class PatientControlNumbers {

    private final EntityManager em;

    public PatientControlNumbers(EntityManager em) {
        this.em = em;
    }

    public String next() {
        Number n = (Number) em.createNativeQuery("select nextval('claim_pcn_seq')").getSingleResult();
        return String.format("RC%010d", n.longValue());
    }
}
