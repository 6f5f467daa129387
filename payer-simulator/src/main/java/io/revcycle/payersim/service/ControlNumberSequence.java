package io.revcycle.payersim.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.revcycle.x12.ControlNumbers;

/**
 * Control numbers of every file the simulator writes, from its own PostgreSQL sequence, so ISA13 and GS06 stay unique
 * across restarts and replicas (the sequence cycles after 999999999, as ISA13 allows).
 */
@ApplicationScoped
public class ControlNumberSequence {

    private final EntityManager em;

    public ControlNumberSequence(EntityManager em) {
        this.em = em;
    }

    /** Numbers for one file: ISA13 and GS06 from the sequence, ST02 0001.. within each group. */
    public ControlNumbers forFile() {
        return new ControlNumbers() {
            private int transaction;

            @Override
            public String nextInterchange() {
                return String.format("%09d", next());
            }

            @Override
            public String nextGroup() {
                // common-x12 numbers a group's transaction sets before the group itself
                transaction = 0;
                return Long.toString(next());
            }

            @Override
            public String nextTransaction() {
                return String.format("%04d", ++transaction);
            }
        };
    }

    public String nextPayerClaimControlNumber() {
        return String.format("PCC%010d", nextval("payer_claim_control_number"));
    }

    public String nextTraceNumber() {
        return String.format("EFT%010d", nextval("remittance_trace_number"));
    }

    private long next() {
        return nextval("payer_control_number");
    }

    private long nextval(String sequence) {
        return ((Number) em.createNativeQuery("select nextval('" + sequence + "')").getSingleResult()).longValue();
    }
}
