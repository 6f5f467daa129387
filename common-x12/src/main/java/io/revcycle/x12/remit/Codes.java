package io.revcycle.x12.remit;

import java.util.Set;

/** Code values of 005010X221A1 that decide where a segment belongs. */
final class Codes {

    /** 2100 REF qualifiers of the rendering provider identification (the others are other claim related ids). */
    static final Set<String> CLAIM_RENDERING_REFS = Set.of("0B", "1A", "1B", "1C", "1D", "1G", "1H", "1J", "D3", "G2",
            "LU");

    /** 2110 REF qualifiers of the rendering provider information. */
    static final Set<String> LINE_RENDERING_REFS = Set.of("0B", "1A", "1B", "1C", "1D", "1G", "1H", "1J", "D3", "G2",
            "HPI", "SY", "TJ");

    /** BPR04 payment methods that move funds electronically and so need the bank (DFI) details. */
    static final Set<String> ELECTRONIC_METHODS = Set.of("ACH", "BOP", "FWT");

    private Codes() {
    }
}
