package io.revcycle.remittance.service;

/**
 * Match a claim payment of the unmatched queue to a claim by hand (the payer garbled CLP01, the claim went out under
 * another number...), then post it.
 *
 * @param matchedBy the caller, from the token
 * @param reason    why, in the biller's words
 */
public record MatchClaimPaymentCommand(long claimPaymentId, String claimId, String matchedBy, String reason) {
}
