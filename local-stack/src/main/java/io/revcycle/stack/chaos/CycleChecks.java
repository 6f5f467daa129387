package io.revcycle.stack.chaos;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

import io.revcycle.stack.LocalStack;
import io.revcycle.stack.ServiceApp;
import io.revcycle.stack.demo.EdiFolder;

/**
 * What a run must leave behind, whatever failed during it, read from the services' own databases, the X12 files and
 * the topics (never from their APIs): every encounter has exactly one claim in a final state; each claim's CLM01
 * is in the 837s exactly as often as claims-service recorded sending it; no claim has two 835 postings in
 * remittance-service or two adjudication postings in the patient ledger; claims, remittance and ledger totals agree
 * to the cent; the dead-letter topics hold only what the run put there on purpose.
 */
public final class CycleChecks {

    static final Set<String> FINAL = Set.of("HELD", "PAID", "PARTIALLY_DENIED", "DENIED");
    static final Set<String> ADJUDICATED = Set.of("PAID", "PARTIALLY_DENIED", "DENIED");

    /** Money over the run's adjudicated claims. */
    public record Totals(BigDecimal charged, BigDecimal paid, BigDecimal patientResponsibility) {
        static Totals of(ResultSet rs) throws SQLException {
            return new Totals(money(rs.getBigDecimal(1)), money(rs.getBigDecimal(2)), money(rs.getBigDecimal(3)));
        }

        private static BigDecimal money(BigDecimal v) {
            return v == null ? BigDecimal.ZERO.setScale(2) : v.setScale(2);
        }
    }

    /** violations: empty when the run left everything exact. */
    public record Result(int claims, int adjudicated, Totals claimTotals, Totals remittanceTotals,
            Totals ledgerTotals, Map<String, Long> deadLetters, List<String> violations) {
    }

    private record Claim(String claimId, String status, String controlNumber) {
    }

    private CycleChecks() {
    }

    /**
     * injectedDeadLetters: records the run put on dead-letter topics on purpose, by topic (every other dead-letter
     * topic must be empty).
     */
    public static Result run(LocalStack stack, Collection<String> encounterIds, Map<String, Long> injectedDeadLetters)
            throws Exception {
        List<String> violations = new ArrayList<>();
        String[] encounters = encounterIds.toArray(String[]::new);
        Map<String, List<Claim>> byEncounter = new HashMap<>();
        Map<String, Integer> sends = new HashMap<>();
        Totals claimTotals;
        try (Connection c = connect(stack, ServiceApp.CLAIMS)) {
            try (PreparedStatement s = c.prepareStatement("select encounter_id, claim_id, status,"
                    + " patient_control_number from claim where encounter_id = any(?)")) {
                s.setArray(1, c.createArrayOf("varchar", encounters));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        byEncounter.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(new Claim(rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            claimTotals = totals(c, "select sum(total_charge), sum(paid_amount), sum(patient_responsibility) from claim"
                    + " where encounter_id = any(?) and status in ('PAID', 'PARTIALLY_DENIED', 'DENIED')", encounters);
            try (PreparedStatement s = c.prepareStatement("select c.patient_control_number, count(*) from claim c"
                    + " join claim_timeline t on t.claim_id = c.claim_id where c.encounter_id = any(?)"
                    // a move into SENT is a send; SENT to SENT rows record what came meanwhile (a denial
                    // consumed before its claim's adjudication), not another 837
                    + " and t.to_status = 'SENT' and t.from_status is distinct from 'SENT'"
                    + " group by c.patient_control_number")) {
                s.setArray(1, c.createArrayOf("varchar", encounters));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        sends.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
        }
        List<String> claimIds = new ArrayList<>();
        List<String> adjudicatedIds = new ArrayList<>();
        for (String encounter : encounters) {
            List<Claim> claims = byEncounter.getOrDefault(encounter, List.of());
            if (claims.size() != 1) {
                violations.add("encounter " + encounter + " has " + claims.size() + " claims");
                continue;
            }
            Claim claim = claims.get(0);
            claimIds.add(claim.claimId());
            if (!FINAL.contains(claim.status())) {
                violations.add("claim " + claim.claimId() + " is " + claim.status() + ", not final");
            }
            if (ADJUDICATED.contains(claim.status())) {
                adjudicatedIds.add(claim.claimId());
            }
        }

        EdiFolder.SentClaims sent = EdiFolder.claimsSent(stack.ediDir());
        sent.unreadable().forEach(f -> violations.add("837 file " + f + " cannot be read"));
        byEncounter.values().stream().flatMap(List::stream).filter(c -> c.controlNumber() != null).forEach(c -> {
            int inFiles = sent.byControlNumber().getOrDefault(c.controlNumber(), 0);
            int recorded = sends.getOrDefault(c.controlNumber(), 0);
            if (inFiles != recorded) {
                violations.add("claim " + c.claimId() + ": CLM01 in " + inFiles + " 837 claims, sent " + recorded
                        + " times");
            }
        });

        String[] claims = claimIds.toArray(String[]::new);
        Totals remittanceTotals;
        try (Connection c = connect(stack, ServiceApp.REMITTANCE)) {
            duplicates(c, "select claim_id, count(*) from remittance where claim_id = any(?) group by claim_id"
                    + " having count(*) > 1", claims, "835 postings", violations);
            remittanceTotals = totals(c, "select sum(total_charge), sum(paid_amount), sum(patient_responsibility)"
                    + " from remittance where claim_id = any(?)", claims);
        }
        Totals ledgerTotals;
        try (Connection c = connect(stack, ServiceApp.PATIENT_BILLING)) {
            duplicates(c, "select claim_id, count(distinct posting_id) from ledger_entry where claim_id = any(?)"
                    + " and posting_kind = 'CLAIM_ADJUDICATION' group by claim_id having count(distinct posting_id) > 1",
                    claims, "ledger adjudication postings", violations);
            ledgerTotals = totals(c, "select sum(amount) filter (where entry_type = 'CHARGE' and ledger = 'INSURANCE_AR'),"
                    + " sum(amount) filter (where entry_type = 'INSURANCE_PAYMENT' and ledger = 'CASH'),"
                    + " sum(amount) filter (where entry_type like 'TRANSFER\\_%' and ledger = 'PATIENT_AR')"
                    + " from ledger_entry where claim_id = any(?) and posting_kind = 'CLAIM_ADJUDICATION'", claims);
        }
        compare("claims", claimTotals, "remittance", remittanceTotals, violations);
        compare("claims", claimTotals, "ledger", ledgerTotals, violations);

        Map<String, Long> deadLetters = deadLetters(stack.bootstrapServers());
        deadLetters.forEach((topic, n) -> {
            long expected = injectedDeadLetters.getOrDefault(topic, 0L);
            if (n != expected) {
                violations.add("dead-letter topic " + topic + " holds " + n + " records, " + expected + " injected");
            }
        });
        injectedDeadLetters.keySet().stream().filter(t -> !deadLetters.containsKey(t))
                .forEach(t -> violations.add("dead-letter topic " + t + " missing"));
        return new Result(claimIds.size(), adjudicatedIds.size(), claimTotals, remittanceTotals, ledgerTotals,
                deadLetters, violations);
    }

    private static void compare(String a, Totals x, String b, Totals y, List<String> violations) {
        if (x.charged().compareTo(y.charged()) != 0 || x.paid().compareTo(y.paid()) != 0
                || x.patientResponsibility().compareTo(y.patientResponsibility()) != 0) {
            violations.add("totals differ: " + a + " " + x + ", " + b + " " + y);
        }
    }

    private static Totals totals(Connection c, String sql, String[] ids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("varchar", ids));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return Totals.of(rs);
            }
        }
    }

    private static void duplicates(Connection c, String sql, String[] ids, String what, List<String> violations)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("varchar", ids));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    violations.add("claim " + rs.getString(1) + " has " + rs.getLong(2) + " " + what);
                }
            }
        }
    }

    /** Records on every dead-letter topic ({@code *.dlq}), by topic. */
    static Map<String, Long> deadLetters(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            Set<String> topics = new java.util.TreeSet<>(admin.listTopics().names().get(30, TimeUnit.SECONDS));
            topics.removeIf(t -> !t.endsWith(".dlq"));
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).forEach((name, d) -> d.partitions()
                    .forEach(p -> {
                        earliest.put(new TopicPartition(name, p.partition()), OffsetSpec.earliest());
                        latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest());
                    }));
            var first = admin.listOffsets(earliest).all().get(30, TimeUnit.SECONDS);
            var last = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
            Map<String, Long> counts = new TreeMap<>();
            topics.forEach(t -> counts.put(t, 0L));
            last.forEach((tp, info) -> counts.merge(tp.topic(), info.offset() - first.get(tp).offset(), Long::sum));
            return counts;
        }
    }

    private static Connection connect(LocalStack stack, ServiceApp app) throws SQLException {
        return stack.postgres().connect(app.database);
    }
}
