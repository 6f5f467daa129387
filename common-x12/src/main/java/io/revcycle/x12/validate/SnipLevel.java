package io.revcycle.x12.validate;

/** WEDI SNIP test types the validator covers. */
public enum SnipLevel {
    /** 1: EDI syntax integrity (envelopes, separators, counts, control numbers, segment/element syntax). */
    SYNTAX,
    /** 2: implementation-guide requirements (usage, repeats, lengths, code values, loop structure). */
    IMPLEMENTATION_GUIDE,
    /** 3: balancing of amounts and counts. */
    BALANCING,
    /** 4: situational (inter-segment) rules. */
    SITUATIONAL
}
