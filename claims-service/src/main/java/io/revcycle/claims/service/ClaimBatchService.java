package io.revcycle.claims.service;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;

import io.revcycle.claims.config.ClaimsConfig;
import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimBatch;
import io.revcycle.claims.domain.ClaimPayerLeg;
import io.revcycle.claims.domain.ClaimStatus;
import io.revcycle.claims.domain.ClaimType;
import io.revcycle.claims.domain.PayerEntry;
import io.revcycle.claims.domain.RejectionStage;
import io.revcycle.claims.messaging.ClaimEventMapper;
import io.revcycle.edi.EdiFile;
import io.revcycle.edi.outbound.EdiOutbound;
import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;
import io.revcycle.messaging.tracing.EventTracing;
import io.revcycle.x12.X12Toolkit;

/**
 * Sends READY claims as 837 batches: per payer and claim type one interchange (ISA13 from a sequence, GS06 = ISA13,
 * one ST 0001 holding all claims), validated whole before it leaves. The file, the batch row, every claim's SENT
 * state and its ClaimSubmitted commit together. Claims are locked with {@code for update skip locked}, so replicas
 * batching at the same moment never take the same claim.
 */
@ApplicationScoped
public class ClaimBatchService {

    private static final Logger LOG = Logger.getLogger(ClaimBatchService.class);
    /** Claims looked at per run; the rest wait for the next run. */
    private static final int SCAN_LIMIT = 10_000;
    private static final String ST02 = "0001";

    private final EntityManager em;
    private final ClaimsConfig config;
    private final ClaimDirectory directory;
    private final Claim837Builder builder;
    private final EdiOutbound edi;
    private final ClaimStateMachine states;
    private final ClaimRejections rejections;
    private final EventOutbox outbox;
    private final ClaimEventMapper mapper;
    private final EventTracing tracing;

    public ClaimBatchService(EntityManager em, ClaimsConfig config, ClaimDirectory directory, Claim837Builder builder,
            EdiOutbound edi, ClaimStateMachine states, ClaimRejections rejections, EventOutbox outbox,
            ClaimEventMapper mapper, EventTracing tracing) {
        this.tracing = tracing;
        this.em = em;
        this.config = config;
        this.directory = directory;
        this.builder = builder;
        this.edi = edi;
        this.states = states;
        this.rejections = rejections;
        this.outbox = outbox;
        this.mapper = mapper;
    }

    /**
     * Sends every batch that is due: full (max-claims) or holding a claim that has waited max-wait. Returns the number
     * of claims sent.
     */
    @Transactional
    public int sendDue() {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("""
                select claim_id from claim where status = 'READY'
                 order by payer_id, claim_type, ready_at, claim_id
                 limit :limit for update skip locked
                """).setParameter("limit", SCAN_LIMIT).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        Map<String, Claim> byId = new HashMap<>();
        for (Claim c : Claim.withLines(ids)) {
            byId.put(c.claimId, c);
        }
        Map<String, List<Claim>> groups = new LinkedHashMap<>();
        for (String id : ids) { // the locking query's order: payer, type, then oldest first
            Claim c = byId.get(id);
            groups.computeIfAbsent(c.payerId + "|" + c.claimType, k -> new ArrayList<>()).add(c);
        }
        Instant dueBefore = Instant.now().minus(config.batch().maxWait());
        int sent = 0;
        for (List<Claim> group : groups.values()) {
            int max = config.batch().maxClaims();
            for (int from = 0; from < group.size(); from += max) {
                List<Claim> chunk = group.subList(from, Math.min(group.size(), from + max));
                boolean full = chunk.size() == max;
                boolean waitedEnough = chunk.get(0).readyAt == null || !chunk.get(0).readyAt.isAfter(dueBefore);
                if (full || waitedEnough) {
                    sent += send(chunk);
                }
            }
        }
        return sent;
    }

    private int send(List<Claim> claims) {
        Claim first = claims.get(0);
        ClaimType type = first.claimType;
        PayerEntry payer = directory.payer(first.payerId).orElse(null);
        if (payer == null) {
            rejectAll(claims, List.of("MISSING_DATA"), "payer " + first.payerId + " is not in the payer directory");
            return 0;
        }
        long n = ((Number) em.createNativeQuery("select nextval('isa_control_number_seq')").getSingleResult())
                .longValue();
        byte[] x12;
        try {
            x12 = builder.write(claims, type, payer, new BatchControlNumbers(n), LocalDateTime.now());
        } catch (RuntimeException e) {
            rejectAll(claims, List.of("BATCH_NOT_WRITTEN"),
                    "the batch interchange could not be written (" + e.getClass().getSimpleName() + ")");
            return 0;
        }
        ScrubResult validation = ClaimScrubber.ofFindings(X12Toolkit.validate(x12));
        if (!validation.clean()) {
            rejectAll(claims, validation.codes(),
                    "the batch interchange failed validation and was not sent: " + validation.reason());
            return 0;
        }
        String label = type == ClaimType.INSTITUTIONAL ? "837I" : "837P";
        // the interchange is one trace linked to each claim's; each claim's ClaimSubmitted continues its own
        Span span = tracing.startBatch("send " + label + " interchange",
                claims.stream().map(c -> c.traceparent).toList());
        EdiFile file;
        try (Scope ignored = span.makeCurrent()) {
            file = edi.send(Topics.EDI_TO_PAYER, x12);
        } finally {
            span.end();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ClaimBatch batch = new ClaimBatch();
        batch.payerId = payer.payerId;
        batch.receiverId = payer.interchangeId;
        batch.claimType = type;
        batch.isa13 = BatchControlNumbers.isa13(n);
        batch.gs06 = BatchControlNumbers.gs06(n);
        batch.st02 = ST02;
        batch.fileId = file.fileId;
        batch.claimCount = claims.size();
        batch.sentAt = now;
        batch.persist();
        Set<String> followedByAnotherPayer = ClaimPayerLeg.claimsWithLegs(claims.stream().map(c -> c.claimId).toList());
        for (Claim claim : claims) {
            claim.batchId = batch.id;
            claim.st02 = ST02;
            claim.submittedAt = now;
            states.move(claim, ClaimStatus.SENT, "sent to " + payer.payerId + " in " + label + " interchange "
                    + batch.isa13 + " (transaction set " + ST02 + ", " + claims.size() + " claim(s))", file.fileId,
                    batch.isa13);
            try (Scope ignored = tracing.resume(claim.traceparent)) {
                outbox.publish(Topics.CLAIM_SUBMITTED, claim.claimId, mapper.toClaimSubmitted(claim, batch,
                        followedByAnotherPayer.contains(claim.claimId)));
            }
        }
        LOG.infof("sent %s batch %s (ISA13 %s, %d claims) to %s", label, file.fileId, batch.isa13, claims.size(),
                payer.payerId);
        return claims.size();
    }

    private void rejectAll(List<Claim> claims, List<String> codes, String reason) {
        LOG.warnf("%d claim(s) of payer %s not sent: %s", claims.size(), claims.get(0).payerId, codes);
        for (Claim claim : claims) {
            rejections.reject(claim, RejectionStage.SCRUB, codes, reason, null, null);
        }
    }
}
