package io.revcycle.coding.rest;

/** Answer to POST /encounters: the documentation is recorded; coding follows asynchronously. */
public record EncounterAccepted(String encounterId, String status) {

    public static final String DOCUMENTED = "DOCUMENTED";
}
