package io.revcycle.claims.service;

/**
 * One action of a denial worker on a denied line (assign, note, correct, void, appeal, write off): the record carries
 * the action's input, checked where it is made (400 problem when missing or too long), and says what the action does;
 * {@link DenialWorkService#handle} does what every action shares: find and lock the line, refuse a resolved one, and
 * commit the action with its DenialActionTaken event and the claim's timeline line.
 *
 * @param <R> what the action answers with (the line, the resubmitted claim, the appeal, the note)
 */
public interface DenialCommand<R> {

    /** Does the action on the locked line; {@code work} records it (event and timeline) and resolves lines. */
    R execute(DenialWorkService.Action work);

    /** Whether the action may be taken on a resolved line (a note may; every other action may not). */
    default boolean allowedWhenResolved() {
        return false;
    }

    /** The trimmed text, 400 when missing or longer than {@code max}. */
    static String required(String value, String name, int max) {
        if (value == null || value.isBlank()) {
            throw io.revcycle.rest.ProblemException.badRequest(name + " is required");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw io.revcycle.rest.ProblemException.badRequest(name + " must be at most " + max + " characters");
        }
        return v;
    }
}
