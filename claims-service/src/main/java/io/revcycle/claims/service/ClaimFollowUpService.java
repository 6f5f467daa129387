package io.revcycle.claims.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.claims.config.ClaimsConfig;
import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimStatusInquiry;
import io.revcycle.claims.domain.PayerEntry;
import io.revcycle.claims.service.ClaimStatusInquiryBuilder.Inquiry;
import io.revcycle.edi.EdiFile;
import io.revcycle.edi.outbound.EdiOutbound;
import io.revcycle.events.Topics;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.validate.Finding;

/**
 * Claim status follow-up: claims at the payer (SENT, ACKNOWLEDGED, ACCEPTED) with no 835 after the payer's follow-up
 * days (payer directory copy) are found in one query and asked about in one 276 per payer, sent through the EDI
 * gateway in the transaction that records each inquiry and puts it on the claim's timeline. A claim is asked again
 * only when the follow-up days have passed since its last 276. Days are counted on the controllable clock, so tests
 * and dev mode can move past a window. A payer whose follow-up days the directory has not announced is not asked.
 */
@ApplicationScoped
public class ClaimFollowUpService {

    private static final Logger LOG = Logger.getLogger(ClaimFollowUpService.class);

    private final EntityManager em;
    private final ClaimsConfig config;
    private final ClaimDirectory directory;
    private final ClaimStatusInquiryBuilder builder;
    private final EdiOutbound edi;
    private final ClaimStateMachine states;
    private final Clock clock;

    public ClaimFollowUpService(EntityManager em, ClaimsConfig config, ClaimDirectory directory,
            ClaimStatusInquiryBuilder builder, EdiOutbound edi, ClaimStateMachine states, Clock clock) {
        this.em = em;
        this.config = config;
        this.directory = directory;
        this.builder = builder;
        this.edi = edi;
        this.states = states;
        this.clock = clock;
    }

    /** Sends a 276 for every claim that is due; returns the number of claims asked about. */
    @Transactional
    public int sendDue() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                select c.claim_id, p.follow_up_days from claim c join payer p on p.payer_id = c.payer_id
                 where c.status in ('SENT', 'ACKNOWLEDGED', 'ACCEPTED') and p.follow_up_days is not null
                   and c.submitted_at <= cast(:now as timestamptz) - make_interval(days => p.follow_up_days)
                   and not exists (select 1 from claim_status_inquiry i where i.claim_id = c.claim_id
                         and i.sent_at > cast(:now as timestamptz) - make_interval(days => p.follow_up_days))
                 order by c.payer_id, c.submitted_at, c.claim_id
                 limit :limit for update of c skip locked
                """).setParameter("now", now.atOffset(ZoneOffset.UTC)).setParameter("limit", config.followUp().maxClaims())
                .getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        Map<String, Integer> days = new HashMap<>();
        due.forEach(row -> days.put((String) row[0], ((Number) row[1]).intValue()));
        Map<String, List<Claim>> byPayer = new LinkedHashMap<>();
        for (Claim c : Claim.<Claim>list("claimId in ?1 order by payerId, submittedAt, claimId", days.keySet())) {
            byPayer.computeIfAbsent(c.payerId, k -> new ArrayList<>()).add(c);
        }
        int asked = 0;
        for (List<Claim> claims : byPayer.values()) {
            asked += ask(claims, days, now);
        }
        return asked;
    }

    private int ask(List<Claim> claims, Map<String, Integer> days, Instant now) {
        PayerEntry payer = directory.payer(claims.get(0).payerId).orElseThrow();
        List<Inquiry> inquiries = new ArrayList<>();
        for (Claim c : claims) {
            long trace = ((Number) em.createNativeQuery("select nextval('claim_status_trace_seq')").getSingleResult())
                    .longValue();
            inquiries.add(new Inquiry(c, "RC276" + String.format("%010d", trace)));
        }
        long n = ((Number) em.createNativeQuery("select nextval('isa_control_number_seq')").getSingleResult())
                .longValue();
        byte[] x12 = builder.write(inquiries, payer, new BatchControlNumbers(n),
                LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        List<Finding> findings = X12Toolkit.validate(x12);
        if (!findings.isEmpty()) {
            // a 276 we wrote that does not validate is a bug here: nothing is sent, the claims are asked next run
            LOG.errorf("276 for payer %s not sent, it does not validate: %s", payer.payerId,
                    findings.stream().map(Finding::code).distinct().toList());
            return 0;
        }
        EdiFile file = edi.send(Topics.EDI_TO_PAYER, x12);
        String isa13 = BatchControlNumbers.isa13(n);
        for (Inquiry inquiry : inquiries) {
            Claim claim = inquiry.claim();
            ClaimStatusInquiry row = new ClaimStatusInquiry();
            row.claimId = claim.claimId;
            row.traceNumber = inquiry.traceNumber();
            row.payerId = payer.payerId;
            row.sentAt = now;
            row.fileId = file.fileId;
            row.isa13 = isa13;
            row.persist();
            states.note(claim, "no 835 from " + payer.payerId + " " + days.get(claim.claimId)
                    + " days after submission: claim status inquiry 276 sent (interchange " + isa13 + ", trace "
                    + inquiry.traceNumber() + ")", file.fileId, isa13);
        }
        LOG.infof("sent 276 %s (ISA13 %s) to %s asking about %d claim(s)", file.fileId, isa13, payer.payerId,
                claims.size());
        return claims.size();
    }
}
