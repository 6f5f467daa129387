package io.revcycle.claims.service;

import java.util.List;

/** What the scrubber found: clean, or the codes and the reason in words (no patient data). */
public record ScrubResult(List<String> codes, String reason) {

    public static final ScrubResult CLEAN = new ScrubResult(List.of(), "");

    public boolean clean() {
        return codes.isEmpty();
    }
}
