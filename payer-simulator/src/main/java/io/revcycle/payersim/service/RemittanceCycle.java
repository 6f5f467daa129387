package io.revcycle.payersim.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.revcycle.payersim.domain.Payer;
import io.revcycle.payersim.domain.ReceivedClaim;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.remit.Remittance835;

/**
 * The payment cycle: every {@code revcycle.payer.payment-cycle}, the queued adjudications leave as one 835 per payer,
 * provider (the 837's ISA06) and payee (billing NPI), each in its own transaction with the claims it marks as sent.
 * The claims were queued by the transaction that sent their 277CA, so the 835 always follows it on the topic. A payer
 * with {@code payment_cycle_seconds} waits that long between its 835s.
 */
@ApplicationScoped
public class RemittanceCycle {

    private static final Logger LOG = Logger.getLogger(RemittanceCycle.class);
    /** One replica runs a cycle at a time (pg advisory lock key). */
    private static final long LOCK = 0x5041594552L;

    private final EntityManager em;
    private final ControlNumberSequence numbers;
    private final AnswerFiles answers;
    private final Remittance835Builder builder;

    public RemittanceCycle(EntityManager em, ControlNumberSequence numbers, AnswerFiles answers,
            Remittance835Builder builder) {
        this.em = em;
        this.numbers = numbers;
        this.answers = answers;
        this.builder = builder;
    }

    @Scheduled(every = "${revcycle.payer.payment-cycle:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            payQueued();
        } catch (RuntimeException e) {
            LOG.errorf(e, "payment cycle failed; the claims stay queued for the next one");
        }
    }

    /** Sends every 835 that is due; returns how many were sent. */
    @Transactional
    public int payQueued() {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        Map<String, List<ReceivedClaim>> batches = new LinkedHashMap<>();
        for (ReceivedClaim c : ReceivedClaim.queued()) {
            batches.computeIfAbsent(c.payerId + "|" + c.submitterIsaId + "|" + c.billingNpi,
                    k -> new java.util.ArrayList<>()).add(c);
        }
        Instant now = Instant.now();
        int sent = 0;
        for (List<ReceivedClaim> batch : batches.values()) {
            Payer payer = Payer.findById(batch.get(0).payerId);
            if (payer.paymentCycleSeconds > 0 && payer.lastRemittanceAt != null
                    && payer.lastRemittanceAt.plusSeconds(payer.paymentCycleSeconds).isAfter(now)) {
                continue;
            }
            send(payer, batch);
            payer.lastRemittanceAt = now;
            sent++;
        }
        return sent;
    }

    private void send(Payer payer, List<ReceivedClaim> claims) {
        String trace = numbers.nextTraceNumber();
        Remittance835 remittance = builder.build(payer, claims, trace);
        byte[] bytes = X12Toolkit.writeTyped(List.of(remittance), Envelope.of(payer.isaId,
                claims.get(0).submitterIsaId), numbers.forFile(), Delimiters.DEFAULT);
        String fileId = answers.send(bytes).fileId;
        for (ReceivedClaim c : claims) {
            c.remittanceStatus = ReceivedClaim.SENT;
            c.remittanceFileId = fileId;
            c.remittanceTraceNumber = trace;
        }
        LOG.infof("sent 835 %s for payer %s: %d claims, trace %s, paid %s", fileId, payer.payerId, claims.size(),
                trace, remittance.payment().amount().toPlainString());
    }
}
