package io.revcycle.claims.service;

import java.util.UUID;

import io.revcycle.claims.domain.CodedEncounter;

/** Coding finished for an encounter: the first or second half of its claim's intake. */
public record RecordCodingCommand(String encounterId, UUID eventId, CodedEncounter coded) {
}
