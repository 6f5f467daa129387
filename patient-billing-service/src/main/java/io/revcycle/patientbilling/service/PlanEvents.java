package io.revcycle.patientbilling.service;

/** Announces what a payment plan went through, in the caller's transaction (the outbox, in messaging/). */
public interface PlanEvents {

    void planChanged(PlanChange change);
}
