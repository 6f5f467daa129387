package io.revcycle.x12.claim;

/** An NTE: reference code (NTE01, e.g. "ADD", "TPO") and text. */
public record Note(String code, String text) {
}
