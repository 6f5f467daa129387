package io.revcycle.patientbilling.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.patientbilling.domain.RefundRequest;
import io.revcycle.patientbilling.domain.ledger.LedgerRuleException;
import io.revcycle.patientbilling.domain.ledger.Posting;
import io.revcycle.rest.ProblemException;

/**
 * The refund workflow for credit balances: a clerk requests a refund of (part of) the account's credit, a billing
 * manager other than the requester approves it, and issuing it posts the REFUND (cash out, credit gone) and announces
 * the balance change. The credit is checked again when issuing: a charge may have taken it meanwhile.
 */
@ApplicationScoped
public class RefundService {

    private static final Logger LOG = Logger.getLogger(RefundService.class);

    private final LedgerBook book;
    private final BalanceEvents events;
    private final Clock clock;

    public RefundService(LedgerBook book, BalanceEvents events, Clock clock) {
        this.book = book;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public RefundRequest request(String patientId, BigDecimal amount, String reason, String user) {
        LedgerBook.Opened opened = book.openExisting(patientId);
        BigDecimal credit = opened.ledger().unallocatedCredit();
        if (amount.signum() <= 0 || amount.compareTo(credit) > 0) {
            throw PaymentService.unprocessable("A refund of " + amount + " needs a credit balance of at least that; "
                    + "the account holds " + credit);
        }
        RefundRequest refund = new RefundRequest();
        refund.id = UUID.randomUUID();
        refund.accountId = opened.account().accountId;
        refund.patientId = patientId;
        refund.amount = amount.setScale(2);
        refund.status = RefundRequest.Status.REQUESTED;
        refund.reason = reason;
        refund.requestedBy = user;
        refund.requestedAt = clock.instant();
        refund.persist();
        return refund;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public RefundRequest approve(UUID refundId, String user) {
        RefundRequest refund = find(refundId);
        if (refund.status != RefundRequest.Status.REQUESTED) {
            throw ProblemException.conflict("Refund " + refundId + " is " + refund.status + ", not REQUESTED");
        }
        if (refund.requestedBy.equals(user)) {
            throw ProblemException.conflict("Refund " + refundId + " must be approved by someone other than its requester");
        }
        refund.status = RefundRequest.Status.APPROVED;
        refund.approvedBy = user;
        refund.approvedAt = clock.instant();
        return refund;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public RefundRequest issue(UUID refundId, String method, String reference) {
        RefundRequest refund = find(refundId);
        if (refund.status != RefundRequest.Status.APPROVED) {
            throw ProblemException.conflict("Refund " + refundId + " is " + refund.status + ", not APPROVED");
        }
        LedgerBook.Opened opened = book.openExisting(refund.patientId);
        Instant now = clock.instant();
        Posting posting;
        try {
            posting = opened.ledger().refund(refund.id, refund.patientId, refund.id.toString(), refund.amount, now);
        } catch (LedgerRuleException e) {
            throw PaymentService.unprocessable(e.getMessage());
        }
        book.store(opened, posting);
        refund.status = RefundRequest.Status.ISSUED;
        refund.issuedAt = now;
        refund.method = method;
        refund.reference = reference;
        events.balanceChanged(new BalanceChange(LedgerBook.stableId("refund", refund.id.toString()),
                opened.account().accountId, refund.patientId, "", "", posting.patientChange(), opened.ledger().owed(),
                BalanceChange.Reason.REFUND, now, null, posting.id()));
        LOG.infof("issued refund %s of %s on guarantor account %s", refund.id, refund.amount, refund.accountId);
        return refund;
    }

    private static RefundRequest find(UUID refundId) {
        RefundRequest refund = RefundRequest.lock(refundId);
        if (refund == null) {
            throw ProblemException.notFound("Refund", refundId);
        }
        return refund;
    }
}
