package io.revcycle.claims.rest;

import java.time.Instant;
import java.util.List;

/** A denied line and what was written on it. */
public record DenialDetailView(DenialItemView denial, List<Note> notes) {

    public record Note(String author, String text, Instant createdAt) {
    }
}
