package io.revcycle.stack.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.revcycle.stack.PostgresServer;
import io.revcycle.stack.ServiceApp;
import io.revcycle.stack.bench.EventTimeline.Position;

/**
 * Whether every consumer applied the events of each partition in offset order — so each key's (a claim's, a
 * patient's) in the order they were published — whatever the number of instances sharing its group: the inbox row
 * a consumer writes in the transaction that applies an event ({@code processed_event.processed_at}, that
 * transaction's start) must not go back in time along a partition's offsets. Events applied in one batch share a
 * timestamp, which is in order.
 */
final class ApplyOrder {

    private ApplyOrder() {
    }

    static BenchReport.ApplyOrder check(EventTimeline timeline, PostgresServer postgres) throws SQLException {
        record Applied(long offset, Timestamp at) {
        }
        Map<String, List<Applied>> byConsumerAndPartition = new HashMap<>();
        long events = 0;
        for (ServiceApp app : ServiceApp.values()) {
            try (Connection c = postgres.connect(app.database);
                    PreparedStatement s = c.prepareStatement(
                            "select consumer, event_id::text, processed_at from processed_event")) {
                s.setFetchSize(5_000);
                c.setAutoCommit(false); // a fetch size only streams inside a transaction
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Position p = timeline.positions.get(rs.getString(2));
                        if (p == null) {
                            continue; // another run's event, or one not published to a run topic
                        }
                        events++;
                        byConsumerAndPartition.computeIfAbsent(app.database + "|" + rs.getString(1) + "|"
                                + p.topic() + "|" + p.partition(), k -> new ArrayList<>())
                                .add(new Applied(p.offset(), rs.getTimestamp(3)));
                    }
                }
            }
        }
        long outOfOrder = 0;
        for (List<Applied> applied : byConsumerAndPartition.values()) {
            applied.sort(Comparator.comparingLong(Applied::offset));
            for (int i = 1; i < applied.size(); i++) {
                if (applied.get(i).at().before(applied.get(i - 1).at())) {
                    outOfOrder++;
                }
            }
        }
        return new BenchReport.ApplyOrder(events, byConsumerAndPartition.size(), outOfOrder);
    }
}
