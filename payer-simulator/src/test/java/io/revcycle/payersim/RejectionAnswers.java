package io.revcycle.payersim;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.ack.Ack999;

/**
 * What the payer sent back since the last look, for the X12 bad-input sweeps: a refused file may be answered only by a
 * 999 that rejects it, never by a business answer (a 277CA, 271 or 277 would mean the file was taken).
 */
final class RejectionAnswers {

    private final DataSource db;
    private final Set<String> forbidden;
    /** When answers were last looked at: answers created after it belong to the next mutant. */
    private Timestamp seen;

    RejectionAnswers(DataSource db, Set<String> forbiddenAnswerTypes) throws SQLException {
        this.db = db;
        this.forbidden = forbiddenAnswerTypes;
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("select now()");
                ResultSet r = s.executeQuery()) {
            r.next();
            this.seen = r.getTimestamp(1);
        }
    }

    /** null when every answer file sent since the last look is a 999 rejecting what it acknowledges. */
    String problemSinceLastLook() throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("select document_types, "
                + "content, created_at from edi_file where direction = 'OUT' and created_at > ? order by created_at")) {
            s.setTimestamp(1, seen);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    seen = r.getTimestamp(3);
                    List<String> types = List.of(r.getString(1).split(","));
                    types.stream().filter(forbidden::contains)
                            .forEach(t -> problems.add("answered with a " + t + ": the file was taken"));
                    if (types.contains("999")) {
                        for (Ack999 ack : X12Toolkit.readTyped(r.getBytes(2), Ack999.class).values()) {
                            if (!rejects(ack)) {
                                problems.add("its 999 accepts group " + ack.groupControlNumber() + " (AK9 "
                                        + (ack.response() == null ? null : ack.response().code()) + ")");
                            }
                        }
                    }
                }
            }
        }
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    /** AK9 R, or every transaction set IK5 R. */
    private static boolean rejects(Ack999 ack) {
        if (ack.response() != null && ack.response().code() == Ack999.GroupAckCode.R) {
            return true;
        }
        return !ack.transactions().isEmpty() && ack.transactions().stream()
                .allMatch(t -> t.status() != null && t.status().code() == Ack999.TransactionAckCode.R);
    }
}
