package io.revcycle.messaging.logging;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A stand-in for a logged exception whose message (or a cause's) quotes PHI: same class name in its text, same
 * stack trace, same causes and suppressed exceptions, redacted messages. Only the log record sees it; the exception
 * the application handles is untouched.
 */
final class RedactedThrowable extends Throwable {

    private static final long serialVersionUID = 1L;

    private final String type;

    private RedactedThrowable(Throwable original) {
        super(PhiRedactor.redact(original.getMessage())); // cause left unset: copy() sets it with initCause
        this.type = original.getClass().getName();
        setStackTrace(original.getStackTrace());
    }

    static Throwable of(Throwable original) {
        return copy(original, new IdentityHashMap<>());
    }

    /** True when the exception or anything it wraps would print PHI. */
    static boolean needed(Throwable t) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable c = t; c != null && seen.put(c, Boolean.TRUE) == null; c = c.getCause()) {
            String m = c.getMessage();
            if (m != null && !m.equals(PhiRedactor.redact(m))) {
                return true;
            }
            for (Throwable s : c.getSuppressed()) {
                if (needed(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Throwable copy(Throwable original, Map<Throwable, Throwable> copies) {
        Throwable done = copies.get(original);
        if (done != null) {
            return done;
        }
        RedactedThrowable copy = new RedactedThrowable(original);
        copies.put(original, copy);
        if (original.getCause() != null && original.getCause() != original) {
            copy.initCause(copy(original.getCause(), copies));
        }
        for (Throwable s : original.getSuppressed()) {
            copy.addSuppressed(copy(s, copies));
        }
        return copy;
    }

    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message == null ? type : type + ": " + message;
    }
}
