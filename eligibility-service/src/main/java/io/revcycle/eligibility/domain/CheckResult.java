package io.revcycle.eligibility.domain;

public enum CheckResult {
    ACTIVE,
    INACTIVE
}
