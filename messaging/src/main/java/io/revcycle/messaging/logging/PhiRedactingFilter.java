package io.revcycle.messaging.logging;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Redacts PHI from every log record before a handler writes it: the formatted message and the messages of the
 * thrown exception and its causes ({@link PhiRedactor}). Registered on the console and file handlers of every
 * service by messaging's configuration defaults ({@code quarkus.log.console.filter=phi-redaction}). Never drops a
 * record.
 */
@LoggingFilter(name = PhiRedactingFilter.NAME)
public final class PhiRedactingFilter implements Filter {

    public static final String NAME = "phi-redaction";

    @Override
    public boolean isLoggable(LogRecord record) {
        try {
            redact(record);
        } catch (RuntimeException e) {
            // a handler drops a record whose filter throws: keep the line, without anything unchecked
            record.setMessage("log record withheld: PHI redaction failed (" + e.getClass().getName() + ")");
            record.setParameters(null);
            record.setThrown(null);
        }
        return true;
    }

    private static void redact(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        String redacted = PhiRedactor.redact(message);
        if (redacted != message) {
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(redacted, ExtLogRecord.FormatStyle.NO_FORMAT);
            } else {
                record.setMessage(redacted);
            }
            record.setParameters(null);
        }
        Throwable thrown = record.getThrown();
        if (thrown != null && !(thrown instanceof RedactedThrowable) && RedactedThrowable.needed(thrown)) {
            record.setThrown(RedactedThrowable.of(thrown));
        }
    }
}
