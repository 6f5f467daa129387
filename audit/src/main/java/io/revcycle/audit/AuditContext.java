package io.revcycle.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * The current request's audit state. A resource or service method that learns the patient only while working (a
 * work item loaded by encounter id) names it here; the row written at the end of the request carries it.
 */
@RequestScoped
public class AuditContext {

    private String patientId;
    private boolean recorded;
    private boolean entered;

    /** The patient whose data this request reads or changes. */
    public void patient(String patientId) {
        this.patientId = patientId;
    }

    String patientId() {
        return patientId;
    }

    boolean recorded() {
        return recorded;
    }

    void recorded(boolean recorded) {
        this.recorded = recorded;
    }

    /** Whether a declared method is already running: one that calls another (ArC intercepts self-calls) writes once. */
    boolean enter() {
        if (entered) {
            return false;
        }
        entered = true;
        return true;
    }

    void leave() {
        entered = false;
    }
}
