package io.revcycle.coding.domain;

/** A work item waits on the worklist until its codes are final. */
public enum WorkItemStatus {
    NEEDS_REVIEW,
    /** a physician query is open: nobody codes it until the answer */
    ON_HOLD,
    CODED
}
