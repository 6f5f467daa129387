package io.revcycle.coding.service;

import io.revcycle.coding.domain.DenialReview;

/**
 * The port through which a re-review's end is announced (DenialReviewChanged, in the change's transaction): claims-
 * service returns the denial to billing's work list with the coder's outcome.
 */
public interface DenialReviewEvents {

    /** The coder decided: the review is DONE with its outcome and note. */
    void completed(DenialReview review);

    /** The coder (or a coding manager) put the review back in coding's queue: still open, still with coding. */
    void released(DenialReview review, String releasedBy);
}
