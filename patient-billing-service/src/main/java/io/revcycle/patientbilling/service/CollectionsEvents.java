package io.revcycle.patientbilling.service;

/** Announces placements, agency payments and recalls, in the caller's transaction (the outbox, in messaging/). */
public interface CollectionsEvents {

    void statusChanged(CollectionsChange change);
}
