package io.revcycle.eligibility.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.eligibility.domain.BenefitLine;
import io.revcycle.eligibility.domain.CheckResult;
import io.revcycle.eligibility.domain.CheckSource;
import io.revcycle.eligibility.domain.EligibilityAnswer;
import io.revcycle.eligibility.domain.EligibilityBenefit;
import io.revcycle.eligibility.domain.EligibilityCheck;
import io.revcycle.eligibility.domain.InactiveReason;
import io.revcycle.eligibility.messaging.EligibilityEventMapper;
import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;

/**
 * Ends checks: with a payer's 271 answer, with a cached answer, or unverified when no answer came in time. Every
 * ending of an encounter's check publishes EligibilityVerified in the same transaction.
 */
@ApplicationScoped
public class EligibilityAnswers {

    private static final Logger LOG = Logger.getLogger(EligibilityAnswers.class);
    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private final EventOutbox outbox;
    private final CoordinationOfBenefitsService cob;

    public EligibilityAnswers(EventOutbox outbox, CoordinationOfBenefitsService cob) {
        this.outbox = outbox;
        this.cob = cob;
    }

    /**
     * A 271 answer for the check named by its trace number. A check still pending, or one that ended unverified
     * (the answer came late), takes it; an answered check keeps its first answer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<EligibilityCheck> take(EligibilityAnswer answer, String fileId) {
        Optional<EligibilityCheck> found = answer.traceNumber() == null ? Optional.empty()
                : EligibilityCheck.<EligibilityCheck>find("checkId", answer.traceNumber())
                        .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        if (found.isEmpty()) {
            LOG.warnf("271 in EDI file %s answers no check of this service; ignored", fileId);
            return Optional.empty();
        }
        EligibilityCheck check = found.get();
        if (!check.pending() && check.result != CheckResult.UNVERIFIED) {
            LOG.infof("check %s was already answered (%s); 271 in EDI file %s ignored", check.checkId, check.result,
                    fileId);
            return Optional.of(check);
        }
        apply(check, answer, now());
        check.source = CheckSource.PAYER_271;
        publish(check);
        LOG.infof("check %s answered by 271 in EDI file %s: %s%s", check.checkId, fileId, check.result,
                check.reason == null ? "" : " (" + check.reason + ")");
        return Optional.of(check);
    }

    /** The same answer as an earlier check of the member on that date (its benefits copied). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void copy(EligibilityCheck check, EligibilityCheck cached) {
        check.source = CheckSource.CACHED_271;
        check.answeredAt = cached.answeredAt;
        check.checkedAt = now();
        check.result = cached.result;
        check.reason = cached.reason;
        check.rejectionCode = cached.rejectionCode;
        check.planName = cached.planName;
        check.copay = cached.copay;
        check.coinsurancePercent = cached.coinsurancePercent;
        check.deductibleRemaining = cached.deductibleRemaining;
        check.outOfPocketRemaining = cached.outOfPocketRemaining;
        cached.benefits.forEach(b -> check.benefits.add(EligibilityBenefit.of(check, b.toLine())));
        publish(check);
    }

    /** Pending checks whose 270 got no answer in time end unverified (skip-locked: replicas never take the same). */
    @Transactional
    public int expireUnanswered(Instant sentBefore, int limit) {
        List<EligibilityCheck> due = EligibilityCheck.<EligibilityCheck>find(
                "result = ?1 and inquirySentAt < ?2 order by inquirySentAt", CheckResult.PENDING, sentBefore)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .page(0, limit).list();
        for (EligibilityCheck check : due) {
            check.endWithout(CheckResult.UNVERIFIED, InactiveReason.UNVERIFIED, null, now());
            publish(check);
            LOG.infof("check %s: no 271 from payer %s in time; unverified", check.checkId, check.payerId);
        }
        return due.size();
    }

    /** A 270 that could not be written: the check is unverified at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unverifiable(EligibilityCheck check) {
        check.endWithout(CheckResult.UNVERIFIED, InactiveReason.UNVERIFIED, null, now());
        publish(check);
    }

    static void apply(EligibilityCheck check, EligibilityAnswer answer, Instant now) {
        check.answeredAt = now;
        switch (answer.status()) {
            case ACTIVE -> {
                String st = check.serviceType;
                check.result = CheckResult.ACTIVE;
                check.reason = null;
                check.rejectionCode = null;
                if (answer.planName() != null) {
                    check.planName = answer.planName();
                }
                check.copay = answer.copay(st).orElse(ZERO);
                check.coinsurancePercent = answer.coinsurancePercent(st).orElse(ZERO);
                check.deductibleRemaining = answer.deductibleRemaining(st).orElse(ZERO);
                check.outOfPocketRemaining = answer.outOfPocketRemaining(st).orElse(null);
                check.benefits.clear();
                for (BenefitLine line : answer.benefits()) {
                    check.benefits.add(EligibilityBenefit.of(check, line));
                }
                check.checkedAt = now;
            }
            case INACTIVE -> check.endWithout(CheckResult.INACTIVE, InactiveReason.PAYER_REPORTED_INACTIVE, null, now);
            case REJECTED -> {
                String code = answer.rejectionCode();
                if ("72".equals(code)) {
                    check.endWithout(CheckResult.INACTIVE, InactiveReason.INVALID_MEMBER_ID, code, now);
                } else if ("75".equals(code)) {
                    check.endWithout(CheckResult.INACTIVE, InactiveReason.SUBSCRIBER_NOT_FOUND, code, now);
                } else {
                    // 42 payer unable to respond, and every other reason: not verified, never active
                    check.endWithout(CheckResult.UNVERIFIED, InactiveReason.UNVERIFIED, code, now);
                }
            }
        }
    }

    /** Real-time checks without an encounter publish nothing: no claim waits for them. */
    private void publish(EligibilityCheck check) {
        if (check.encounterId == null) {
            return;
        }
        check.verifiedEventId = UUID.randomUUID();
        outbox.publish(Topics.ELIGIBILITY_VERIFIED, check.encounterId,
                EligibilityEventMapper.toEligibilityVerified(check, cob.order(check.patientId, check.dateOfService)));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
