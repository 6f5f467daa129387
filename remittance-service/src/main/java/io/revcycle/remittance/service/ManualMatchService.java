package io.revcycle.remittance.service;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.remittance.domain.ClaimMatch;
import io.revcycle.remittance.domain.ClaimPayment;
import io.revcycle.remittance.domain.ClaimPayment.Disposition;
import io.revcycle.remittance.domain.PatientControlNumberLock;
import io.revcycle.remittance.domain.SubmittedClaim;

/**
 * Posts a claim payment of the unmatched queue to the claim a person names, exactly once: the payment's and the
 * claim's patient control number locks (the automatic match takes the same), then the payment's row lock, so a
 * concurrent match by hand or a ClaimSubmitted that matches it finds it settled. A copy of a payment already posted
 * to the claim is recorded as its duplicate, as the intake records an exact repeat.
 */
@ApplicationScoped
public class ManualMatchService {

    private static final Logger LOG = Logger.getLogger(ManualMatchService.class);

    /** Why a match by hand was refused. */
    public static final class MatchRefusedException extends RuntimeException {

        public enum Reason {
            PAYMENT_NOT_FOUND, CLAIM_NOT_FOUND, ALREADY_SETTLED
        }

        private final Reason reason;

        MatchRefusedException(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private final RemittancePostingService posting;
    private final EntityManager em;

    public ManualMatchService(RemittancePostingService posting, EntityManager em) {
        this.posting = posting;
        this.em = em;
    }

    @Transactional
    public ClaimPayment match(MatchClaimPaymentCommand command) {
        ClaimPayment payment = ClaimPayment.<ClaimPayment>findByIdOptional(command.claimPaymentId())
                .orElseThrow(() -> new MatchRefusedException(MatchRefusedException.Reason.PAYMENT_NOT_FOUND,
                        "Claim payment " + command.claimPaymentId() + " does not exist"));
        SubmittedClaim claim = SubmittedClaim.<SubmittedClaim>findByIdOptional(command.claimId())
                .orElseThrow(() -> new MatchRefusedException(MatchRefusedException.Reason.CLAIM_NOT_FOUND,
                        "claim " + command.claimId() + " is not known here (no ClaimSubmitted received for it)"));
        Set<String> numbers = new TreeSet<>();
        numbers.add(payment.patientControlNumber);
        if (claim.patientControlNumber != null) {
            numbers.add(claim.patientControlNumber);
        }
        PatientControlNumberLock.lockAll(em, new TreeSet<>(numbers));
        em.refresh(payment, LockModeType.PESSIMISTIC_WRITE);
        if (payment.disposition != Disposition.UNMATCHED) {
            throw new MatchRefusedException(MatchRefusedException.Reason.ALREADY_SETTLED, "claim payment "
                    + payment.id + " is " + payment.disposition + (payment.claimId == null ? ""
                            : " (claim " + payment.claimId + ")") + ", not waiting in the unmatched queue");
        }
        ClaimMatch match = ClaimMatch.lockOrCreate(claim.claimId);
        payment.matchedBy = command.matchedBy();
        payment.matchReason = command.reason();
        Set<String> posted = new HashSet<>(ClaimPayment.postedFingerprints(claim.claimId));
        ReceivedClaimPayment content = ClaimPaymentCodec.decode(payment.content);
        // it waits here because its CLP01 names no claim: a copy of a payment already posted to this claim, but for
        // that number (a payer's resent ERA with the number mangled), is that payment again, not a second one
        if (claim.patientControlNumber != null && posted.contains(ClaimPaymentCodec.fingerprintAs(payment,
                content.withPatientControlNumber(claim.patientControlNumber)))) {
            posting.recordDuplicate(payment, claim, posting.now());
        } else {
            posting.settle(payment, content, claim, match, posting.now(), posted);
        }
        LOG.infof("claim payment %d matched by hand to claim %s by %s: %s", payment.id, claim.claimId,
                command.matchedBy(), payment.disposition);
        return payment;
    }
}
