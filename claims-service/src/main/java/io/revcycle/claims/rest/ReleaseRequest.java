package io.revcycle.claims.rest;

/** Why a held claim is released by hand, and by whom. */
public record ReleaseRequest(String reason, String by) {
}
