package io.revcycle.denials;

/** The department that owns a denial's work queue. */
public enum Department {
    /** Coders: re-review items on coding-service's worklist. */
    CODING,
    /** Billers and denial specialists in claims-service. */
    BILLING,
    /** Patient access / registration: eligibility, coverage, authorizations. */
    FRONT_DESK,
    /** Clinical documentation integrity: documentation that does not support necessity or level of service. */
    CDI
}
