package io.revcycle.patientbilling.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A collections step of an account, to be announced as CollectionsStatusChanged keyed by the account. */
public record CollectionsChange(UUID eventId, UUID placementId, String accountId, String agencyId, String action,
        BigDecimal amount, BigDecimal inCollections, BigDecimal accountOwes, String reason, Instant at) {
}
