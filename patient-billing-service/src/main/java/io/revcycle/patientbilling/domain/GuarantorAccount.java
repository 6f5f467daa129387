package io.revcycle.patientbilling.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The account of the person responsible for paying (the guarantor) for one or more patients. Its row is locked while
 * its ledger changes, so postings to one account apply one after the other.
 */
@Entity
@Table(name = "guarantor_account")
public class GuarantorAccount extends PanacheEntityBase {

    @Id
    @Column(name = "account_id")
    public String accountId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The account, created on first use, locked until the transaction ends. */
    public static GuarantorAccount lockOrCreate(String accountId) {
        var em = getEntityManager();
        em.flush();
        em.createNativeQuery("insert into guarantor_account (account_id, created_at, updated_at) "
                + "values (:id, now(), now()) on conflict (account_id) do nothing")
                .setParameter("id", accountId).executeUpdate();
        return em.find(GuarantorAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The existing account, locked; null when there is none. */
    public static GuarantorAccount lockExisting(String accountId) {
        return getEntityManager().find(GuarantorAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Every account's id, in order. */
    public static List<String> ids() {
        return getEntityManager().createQuery("select a.accountId from GuarantorAccount a order by a.accountId",
                String.class).getResultList();
    }
}
