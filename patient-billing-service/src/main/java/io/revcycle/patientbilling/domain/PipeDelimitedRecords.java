package io.revcycle.patientbilling.domain;

/**
 * The pipe-delimited records of the files patient billing hands to outside parties (the print/mail vendor's statement
 * batch, the collection agency's placement file): one record per line, fields separated by '|'.
 */
public final class PipeDelimitedRecords {

    private final StringBuilder out = new StringBuilder();

    /** Appends one record; a field never carries the delimiter or a line break (free text such as a message). */
    public PipeDelimitedRecords record(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append('|');
            }
            out.append(String.valueOf(fields[i]).replaceAll("[|\\r\\n]", " "));
        }
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
