package io.revcycle.coding.domain;

/** A work item waits on the worklist until its codes are final. */
public enum WorkItemStatus {
    NEEDS_REVIEW,
    CODED
}
