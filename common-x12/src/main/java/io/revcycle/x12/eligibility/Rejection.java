package io.revcycle.x12.eligibility;

/**
 * An AAA segment of a 271: the request could not be (fully) answered at this level.
 *
 * @param validRequest   AAA01: Y the request was valid but could not be processed, N it was not valid
 * @param reasonCode     AAA03 reject reason, e.g. 42 (unable to respond at current time), 72 (invalid member id),
 *                       75 (subscriber not found)
 * @param followUpAction AAA04, e.g. C (please correct and resubmit), R (resubmission allowed), N (not allowed)
 */
public record Rejection(boolean validRequest, String reasonCode, String followUpAction) {
}
