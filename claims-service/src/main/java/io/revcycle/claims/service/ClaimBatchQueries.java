package io.revcycle.claims.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimBatch;
import io.revcycle.claims.domain.ClaimType;
import io.revcycle.claims.domain.CorrectionItem;
import io.revcycle.claims.domain.NativeColumns;
import io.revcycle.events.Money;

/**
 * Read side of the 837 batches sent (claim_batch) for the submission monitor. A batch's claims are those the
 * timeline shows sent in its interchange (READY to SENT with its ISA13), so a claim rejected and sent again in a later
 * batch still counts in the one that rejected it. Each claim's acknowledgment in that batch comes from what the 999 and
 * 277CA handlers stored: a correction item with the batch's ISA13 (rejected, by stage), else the timeline's move to
 * ACCEPTED (277CA) or ACKNOWLEDGED (999) with it, else the claim still awaits one.
 */
@ApplicationScoped
public class ClaimBatchQueries {

    /** One claim's acknowledgment in one batch. */
    public enum Acknowledgment {
        AWAITING, ACKNOWLEDGED, ACCEPTED, REJECTED_999, REJECTED_277CA
    }

    /**
     * A batch as a whole: every claim rejected, some rejected, every claim accepted by the payer (277CA), nothing back
     * yet, or else acknowledged (999) with no rejection so far.
     */
    public enum BatchStatus {
        SENT, ACKNOWLEDGED, ACCEPTED, PARTIALLY_REJECTED, REJECTED
    }

    public record Filter(Optional<BatchStatus> status, Optional<String> payerId, Optional<Instant> sentFrom,
            Optional<Instant> sentBefore) {
    }

    /** A batch with its claims counted by acknowledgment; the charge is the claims' total charge as they stand. */
    public record BatchSummary(long batchId, String payerId, ClaimType claimType, String isa13, String gs06,
            String st02, String fileId, Instant sentAt, int claimCount, long awaiting, long acknowledged,
            long accepted, long rejected999, long rejected277ca, BigDecimal totalCharge, BatchStatus status) {
    }

    public record BatchPage(List<BatchSummary> batches, long total) {
    }

    /** A claim of a batch; the rejection (codes and words) is the one this batch's acknowledgment filed. */
    public record BatchClaim(Claim claim, Acknowledgment acknowledgment, CorrectionItem rejection) {
    }

    public record BatchDetail(BatchSummary batch, List<BatchClaim> claims) {
    }

    /** (batch_id, claim_id, ack) for the batches in {@code b}: the one definition of a claim's acknowledgment. */
    private static final String MEMBERS = """
            member as (
              select s.batch_id, s.claim_id,
                     case when exists (select 1 from correction_item ci where ci.claim_id = s.claim_id
                                        and ci.isa13 = s.isa13 and ci.payer_responsibility = 'P'
                                        and ci.stage = 'ACK_999') then 'REJECTED_999'
                          when exists (select 1 from correction_item ci where ci.claim_id = s.claim_id
                                        and ci.isa13 = s.isa13 and ci.payer_responsibility = 'P'
                                        and ci.stage = 'ACK_277CA') then 'REJECTED_277CA'
                          when exists (select 1 from claim_timeline a where a.claim_id = s.claim_id
                                        and a.isa13 = s.isa13 and a.to_status = 'ACCEPTED'
                                        and a.from_status <> 'ACCEPTED') then 'ACCEPTED'
                          when exists (select 1 from claim_timeline a where a.claim_id = s.claim_id
                                        and a.isa13 = s.isa13 and a.to_status = 'ACKNOWLEDGED'
                                        and a.from_status <> 'ACKNOWLEDGED') then 'ACKNOWLEDGED'
                          else 'AWAITING' end as ack
                from (select distinct b.id as batch_id, b.isa13, t.claim_id
                        from b join claim_timeline t on t.isa13 = b.isa13
                       where t.to_status = 'SENT' and t.from_status = 'READY') s
            )""";

    private static final String SUMMARY = """
            counted as (
              select b.id, b.payer_id, b.claim_type, b.isa13, b.gs06, b.st02, b.file_id, b.sent_at, b.claim_count,
                     count(m.claim_id) filter (where m.ack = 'AWAITING') as awaiting,
                     count(m.claim_id) filter (where m.ack = 'ACKNOWLEDGED') as acknowledged,
                     count(m.claim_id) filter (where m.ack = 'ACCEPTED') as accepted,
                     count(m.claim_id) filter (where m.ack = 'REJECTED_999') as rejected999,
                     count(m.claim_id) filter (where m.ack = 'REJECTED_277CA') as rejected277ca,
                     coalesce(sum(c.total_charge), 0) as total_charge
                from b left join member m on m.batch_id = b.id left join claim c on c.claim_id = m.claim_id
               group by b.id, b.payer_id, b.claim_type, b.isa13, b.gs06, b.st02, b.file_id, b.sent_at, b.claim_count
            ),
            judged as (
              select counted.*,
                     case when rejected999 + rejected277ca = claim_count then 'REJECTED'
                          when rejected999 + rejected277ca > 0 then 'PARTIALLY_REJECTED'
                          when accepted = claim_count then 'ACCEPTED'
                          when awaiting = claim_count then 'SENT'
                          else 'ACKNOWLEDGED' end as status
                from counted
            )""";

    private static final String COLUMNS = "id, payer_id, claim_type, isa13, gs06, st02, file_id, sent_at, claim_count, "
            + "awaiting, acknowledged, accepted, rejected999, rejected277ca, total_charge, status";

    private final EntityManager em;

    public ClaimBatchQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * Newest first. Without a status filter only the page's batches are counted; a status is known only once counted,
     * so with one every batch the other filters leave is (a date range keeps that small).
     */
    public BatchPage list(Filter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        filter.payerId().ifPresent(p -> {
            where.add("payer_id = :payer");
            params.put("payer", p);
        });
        filter.sentFrom().ifPresent(f -> {
            where.add("sent_at >= :sentFrom");
            params.put("sentFrom", f);
        });
        filter.sentBefore().ifPresent(t -> {
            where.add("sent_at < :sentBefore");
            params.put("sentBefore", t);
        });
        String batches = "select * from claim_batch" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        String order = " order by sent_at desc, id desc";
        String paging = " limit :limit offset :offset";
        String sql;
        long total;
        if (filter.status().isEmpty()) {
            sql = "with b as (" + batches + order + paging + "), " + MEMBERS + ", " + SUMMARY + " select " + COLUMNS
                    + " from judged" + order;
            total = ((Number) bind(em.createNativeQuery("select count(*) from (" + batches + ") n"), params)
                    .getSingleResult()).longValue();
        } else {
            params.put("status", filter.status().get().name());
            sql = "with b as (" + batches + "), " + MEMBERS + ", " + SUMMARY + " select " + COLUMNS
                    + ", count(*) over () as total from judged where status = :status" + order + paging;
            total = -1;
        }
        params.put("limit", size);
        params.put("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(sql), params).getResultList();
        if (total < 0) {
            total = rows.isEmpty() ? countJudged(batches, params) : ((Number) rows.get(0)[16]).longValue();
        }
        return new BatchPage(rows.stream().map(ClaimBatchQueries::summary).toList(), total);
    }

    /** A page past the last one: the total still counts every batch of the status. */
    private long countJudged(String batches, Map<String, Object> params) {
        Map<String, Object> counting = new HashMap<>(params);
        counting.remove("limit");
        counting.remove("offset");
        return ((Number) bind(em.createNativeQuery("with b as (" + batches + "), " + MEMBERS + ", " + SUMMARY
                + " select count(*) from judged where status = :status"), counting).getSingleResult()).longValue();
    }

    public Optional<BatchDetail> get(long batchId) {
        if (ClaimBatch.findById(batchId) == null) {
            return Optional.empty();
        }
        String b = "with b as (select * from claim_batch where id = :id), " + MEMBERS;
        Object[] row = (Object[]) em.createNativeQuery(b + ", " + SUMMARY + " select " + COLUMNS + " from judged")
                .setParameter("id", batchId).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> members = em.createNativeQuery(b + " select claim_id, ack from member order by claim_id")
                .setParameter("id", batchId).getResultList();
        BatchSummary summary = summary(row);
        Map<String, Claim> claims = new HashMap<>();
        if (!members.isEmpty()) {
            Claim.<Claim>list("claimId in ?1", members.stream().map(m -> (String) m[0]).toList())
                    .forEach(c -> claims.put(c.claimId, c));
        }
        Map<String, CorrectionItem> rejections = new HashMap<>();
        CorrectionItem.<CorrectionItem>list("isa13 = ?1 and payerResponsibility = 'P' order by id", summary.isa13())
                .forEach(i -> rejections.put(i.claimId, i));
        return Optional.of(new BatchDetail(summary, members.stream().map(m -> {
            Acknowledgment ack = Acknowledgment.valueOf((String) m[1]);
            boolean rejected = ack == Acknowledgment.REJECTED_999 || ack == Acknowledgment.REJECTED_277CA;
            return new BatchClaim(claims.get((String) m[0]), ack, rejected ? rejections.get((String) m[0]) : null);
        }).toList()));
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    private static BatchSummary summary(Object[] r) {
        return new BatchSummary(((Number) r[0]).longValue(), (String) r[1], ClaimType.valueOf((String) r[2]),
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], NativeColumns.instant(r[7]), ((Number) r[8]).intValue(),
                count(r[9]), count(r[10]), count(r[11]), count(r[12]), count(r[13]), Money.sumOrZero(r[14]),
                BatchStatus.valueOf((String) r[15]));
    }

    private static long count(Object n) {
        return ((Number) n).longValue();
    }
}
