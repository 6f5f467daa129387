package io.revcycle.testsupport;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.restassured.response.Response;
import io.revcycle.x12.fuzz.MalformedX12.Mutant;

/**
 * The X12 half of the bad-input sweep (issue 19), for a service's own module test: each malformed file goes in
 * through the gateway's upload route ({@code POST /edi/files}, the same {@code EdiIntake} as the topic and the
 * folder) and must come back as a refusal: never a 5xx, a 422 problem+json naming a refused-file record
 * ({@code edi_file} REJECTED, with its findings), whatever the service itself checks (its 999, its rejected-file
 * record) and not one row more or less in any other table of the service.
 */
public final class X12IntakeSweep {

    private static final Pattern FILE_ID = Pattern.compile("IN-[0-9a-f-]{36}");

    /** What one mutant did: the HTTP status and body, and the refused file's id (null when none was named). */
    public record Outcome(Mutant mutant, int status, String contentType, String body, String fileId) {
    }

    /** The service's own check of an outcome: null when it is a refusal, else what is wrong with it. */
    @FunctionalInterface
    public interface Refusal {
        String problem(Outcome outcome) throws SQLException;
    }

    /** How many mutants went in, what went wrong with which (by mutant name) and how long it took. */
    public record Result(int mutants, List<String> failures, long millis) {
    }

    private X12IntakeSweep() {
    }

    /**
     * Uploads each mutant and checks it; {@code byDesign} names the tables, besides {@code edi_file},
     * {@code edi_file_duplicate} and {@code audit_event}, that record refusals or answers by design (their own
     * checks belong in {@code refusal}).
     */
    public static Result run(DataSource db, Set<String> byDesign, List<Mutant> mutants, Refusal refusal) {
        Set<String> exempt = new HashSet<>(byDesign);
        exempt.add("edi_file");
        exempt.add("edi_file_duplicate");
        // the audit trail records every request to a PHI route, refused uploads included (with their status)
        exempt.add("audit_event");
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        Set<String> sent = new HashSet<>();
        for (Mutant m : mutants) {
            if (!sent.add(m.text())) {
                continue; // the same bytes from another seed file (a cut inside the ISA): a duplicate, not a mutant
            }
            Map<String, Long> before = TableCounts.of(db, exempt);
            Response r = given().contentType("application/edi-x12").queryParam("fileName", m.name() + ".x12")
                    .body(m.bytes()).post("/edi/files");
            String body = r.asString();
            Matcher id = FILE_ID.matcher(body);
            Outcome o = new Outcome(m, r.statusCode(), r.contentType(), body, id.find() ? id.group() : null);
            try {
                String problem = o.status() == 422 ? refusedFile(db, o) : "answered " + o.status() + ": " + body;
                if (problem == null) {
                    problem = refusal.problem(o);
                }
                if (problem != null) {
                    failures.add(m.name() + ": " + problem);
                }
            } catch (SQLException e) {
                failures.add(m.name() + ": " + e);
            }
            List<String> changed = TableCounts.changes(before, TableCounts.of(db, exempt));
            if (!changed.isEmpty()) {
                failures.add(m.name() + ": rows changed " + changed);
            }
        }
        return new Result(sent.size(), failures, (System.nanoTime() - started) / 1_000_000);
    }

    /** null when the 422 names an edi_file record REJECTED with findings. */
    private static String refusedFile(DataSource db, Outcome o) throws SQLException {
        if (o.contentType() == null || !o.contentType().startsWith("application/problem+json") || o.fileId() == null) {
            return "a 422 without a problem naming the refused file: " + o.body();
        }
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select status, findings from edi_file where file_id = ?")) {
            s.setString(1, o.fileId());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return "no edi_file record " + o.fileId();
                }
                if (!"REJECTED".equals(r.getString(1)) || r.getString(2) == null || r.getString(2).isBlank()) {
                    return "edi_file " + o.fileId() + " is " + r.getString(1) + " with findings " + r.getString(2);
                }
            }
        }
        return null;
    }
}
