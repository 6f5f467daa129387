package io.revcycle.patientbilling.service;

/** Announces balance changes, in the caller's transaction (implemented on the outbox in messaging/). */
public interface BalanceEvents {

    void balanceChanged(BalanceChange change);
}
