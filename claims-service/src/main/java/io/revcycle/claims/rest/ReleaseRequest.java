package io.revcycle.claims.rest;

/** Why a held claim is released by hand; who releases it is the caller of the token, not a field. */
public record ReleaseRequest(String reason) {
}
