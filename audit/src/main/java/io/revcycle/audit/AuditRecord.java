package io.revcycle.audit;

/** A stored audit row: its entry and its place in the chain. */
public record AuditRecord(long id, AuditEntry entry, String prevHash, String hash) {
}
