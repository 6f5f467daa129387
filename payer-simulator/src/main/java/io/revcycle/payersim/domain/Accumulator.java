package io.revcycle.payersim.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What a member has spent toward the deductible and the out-of-pocket maximum in one plan year. */
@Entity
@Table(name = "accumulator")
public class Accumulator extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "payer_id")
    public String payerId;
    @Column(name = "member_id")
    public String memberId;
    @Column(name = "plan_id")
    public String planId;
    @Column(name = "plan_year")
    public int planYear;
    @Column(name = "deductible_met")
    public BigDecimal deductibleMet;
    @Column(name = "out_of_pocket_met")
    public BigDecimal outOfPocketMet;

    /**
     * The member's accumulator for the year, created when missing and locked for the rest of the transaction, so two
     * claims of one member adjudicated at once never both take the same remaining deductible.
     */
    public static Accumulator locked(String payerId, String memberId, String planId, int year) {
        getEntityManager().createNativeQuery("insert into accumulator (payer_id, member_id, plan_id, plan_year, "
                + "deductible_met, out_of_pocket_met) values (?1, ?2, ?3, ?4, 0, 0) on conflict do nothing")
                .setParameter(1, payerId).setParameter(2, memberId).setParameter(3, planId).setParameter(4, year)
                .executeUpdate();
        return find("payerId = ?1 and memberId = ?2 and planId = ?3 and planYear = ?4", payerId, memberId, planId,
                year).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }
}
