package io.revcycle.claims.domain;

/** State of a denial work item. Items enter OPEN; working them (appeal, correct, write off) comes later. */
public enum DenialStatus {
    OPEN, RESOLVED
}
