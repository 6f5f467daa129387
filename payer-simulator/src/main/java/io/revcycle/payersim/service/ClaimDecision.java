package io.revcycle.payersim.service;

import io.revcycle.payersim.domain.Member;
import io.revcycle.payersim.domain.Payer;
import io.revcycle.payersim.domain.ReceivedClaim;

/**
 * The front-end decision on one claim, as the 277CA's STC says it: category, status code and entity.
 *
 * <p>Status categories are X12 code list 507 (Health Care Claim Status Category Code), status codes X12 code list 508
 * (Health Care Claim Status Code), both maintained by X12 at x12.org/codes; only these list entries are used:
 * <ul>
 * <li>A2 / 20 "Accepted for processing."</li>
 * <li>A3 / 116 "Claim submitted to incorrect payer."</li>
 * <li>A7 / 562 "Entity's National Provider Identifier (NPI)." with entity 85 (billing provider)</li>
 * <li>A3 / 33 "Subscriber and subscriber id not found." with entity IL (subscriber)</li>
 * <li>A3 / 88 "Entity not eligible for benefits for submitted dates of service." with entity IL</li>
 * </ul>
 *
 * @param duplicateOf the earlier accepted arrival of the same claim, answered again with its acceptance
 */
public record ClaimDecision(boolean accepted, String category, String code, String entity, String reason,
        Payer payer, Member member, ReceivedClaim duplicateOf) {

    static ClaimDecision accept(Payer payer, Member member) {
        return new ClaimDecision(true, "A2", "20", null, "accepted for processing", payer, member, null);
    }

    static ClaimDecision alreadyAccepted(Payer payer, ReceivedClaim earlier) {
        return new ClaimDecision(true, "A2", "20", null,
                "accepted before (claim " + earlier.id + "): answered with that acceptance, not paid again", payer,
                null, earlier);
    }

    static ClaimDecision wrongPayer() {
        return new ClaimDecision(false, "A3", "116", null, "claim submitted to incorrect payer: no such payer here",
                null, null, null);
    }

    static ClaimDecision missingNpi(Payer payer) {
        return new ClaimDecision(false, "A7", "562", "85", "billing provider NPI missing or invalid", payer, null,
                null);
    }

    static ClaimDecision memberNotFound(Payer payer) {
        return new ClaimDecision(false, "A3", "33", "IL", "subscriber and subscriber id not found", payer, null,
                null);
    }

    static ClaimDecision notCovered(Payer payer, Member member) {
        return new ClaimDecision(false, "A3", "88", "IL",
                "member not eligible for benefits on the dates of service", payer, member, null);
    }
}
