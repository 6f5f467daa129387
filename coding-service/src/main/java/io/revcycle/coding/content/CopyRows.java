package io.revcycle.coding.content;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into a table with PostgreSQL's COPY (text format) on the transaction's own connection: a full NCCI
 * PTP file is two million rows, which batched INSERTs take minutes to write and COPY a fraction of that.
 */
final class CopyRows implements AutoCloseable {

    private static final int FLUSH_BYTES = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder row = new StringBuilder(256);
    private final StringBuilder pending = new StringBuilder(FLUSH_BYTES + 1024);
    private boolean first = true;
    private long rows;

    CopyRows(Connection connection, String table, String columns) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin (format text)");
    }

    CopyRows add(String value) {
        separator();
        if (value == null) {
            row.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) { // the text format's escapes
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
        return this;
    }

    CopyRows add(boolean value) {
        separator();
        row.append(value ? 't' : 'f');
        return this;
    }

    CopyRows add(long value) {
        separator();
        row.append(value);
        return this;
    }

    CopyRows add(LocalDate value) {
        return value == null ? add((String) null) : add(value.toString());
    }

    void endRow() throws SQLException {
        pending.append(row).append('\n');
        row.setLength(0);
        first = true;
        rows++;
        if (pending.length() >= FLUSH_BYTES) {
            flush();
        }
    }

    /** Ends the COPY; returns the rows the server took. */
    long finish() throws SQLException {
        flush();
        long written = copy.endCopy();
        if (written != rows) {
            throw new SQLException("COPY wrote " + written + " rows of " + rows);
        }
        return written;
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy(); // an error before finish(): the transaction rolls back anyway
        }
    }

    private void separator() {
        if (!first) {
            row.append('\t');
        }
        first = false;
    }

    private void flush() throws SQLException {
        if (pending.length() > 0) {
            byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            pending.setLength(0);
        }
    }
}
