package io.revcycle.messaging.outbox;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.apache.avro.specific.SpecificRecord;
import org.hibernate.Session;

import io.revcycle.events.AvroCodec;
import io.revcycle.messaging.AfterCommit;
import io.revcycle.messaging.phi.PhiProtection;
import io.revcycle.messaging.tracing.EventTracing;

/**
 * Records an integration event in the caller's transaction. It reaches Kafka only if that transaction commits,
 * and then at least once (the relay re-sends after a crash; consumers drop duplicates by eventId). PHI is sealed
 * before the row is written ({@link PhiProtection}): the table, the topic and the dead letters hold ciphertext.
 * <p>
 * Inside an inbox poll batch ({@link #collectUntilWritten()}) the rows are kept until the batch calls
 * {@link #writeCollected()}, which inserts them in one multi-row statement per chunk: one round trip for a batch's
 * events instead of one per event. Identity ids follow the order of the VALUES list, so the relay's per-key order
 * (id order) is the order in which the handlers published.
 */
@ApplicationScoped
public class EventOutbox {

    /** Rows per INSERT statement: 8 parameters each, far below PostgreSQL's 32,767 bind parameters. */
    static final int ROWS_PER_INSERT = 250;
    private static final String COLLECTED = EventOutbox.class.getName() + ".collected";
    private static final String WAKES_RELAY = EventOutbox.class.getName() + ".wakesRelay";

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final EventTracing tracing;
    private final PhiProtection phi;

    public EventOutbox(EntityManager em, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
            EventTracing tracing, PhiProtection phi) {
        this.phi = phi;
        this.em = em;
        this.transactions = transactions;
        this.relay = relay;
        this.tracing = tracing;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, String key, SpecificRecord plain) {
        SpecificRecord event = phi.protect(plain);
        OutboxMessage message = new OutboxMessage();
        message.eventId = AvroCodec.eventId(event);
        message.topic = topic;
        message.messageKey = key;
        message.eventType = event.getClass().getName();
        message.payload = AvroCodec.encode(event);
        message.createdAt = Instant.now();
        String[] trace = tracing.currentContext(); // the relay sends it on: the trace continues in the consumers
        message.traceparent = trace[0];
        message.tracestate = trace[1];
        List<OutboxMessage> collected = collected();
        if (collected != null) {
            collected.add(message);
        } else {
            em.persist(message);
        }
        wakeRelayAfterCommit();
    }

    /** From now until {@link #writeCollected()}, rows published in this transaction are kept in memory. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void collectUntilWritten() {
        if (collected() == null) {
            transactions.putResource(COLLECTED, new ArrayList<OutboxMessage>());
        }
    }

    /**
     * Inserts the rows collected in this transaction, in publishing order, and keeps collecting. Must run before the
     * transaction commits: rows still in memory at commit would be lost, so the inbox calls it last in its batch.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void writeCollected() {
        List<OutboxMessage> collected = collected();
        if (collected == null || collected.isEmpty()) {
            return;
        }
        List<OutboxMessage> rows = List.copyOf(collected);
        collected.clear();
        em.unwrap(Session.class).doWork(connection -> {
            for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
                List<OutboxMessage> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
                try (PreparedStatement insert = connection.prepareStatement(insertSql(chunk.size()))) {
                    int p = 1;
                    for (OutboxMessage m : chunk) {
                        insert.setObject(p++, m.eventId);
                        insert.setString(p++, m.topic);
                        insert.setString(p++, m.messageKey);
                        insert.setString(p++, m.eventType);
                        insert.setBytes(p++, m.payload);
                        insert.setObject(p++, OffsetDateTime.ofInstant(m.createdAt, ZoneOffset.UTC));
                        setNullable(insert, p++, m.traceparent);
                        setNullable(insert, p++, m.tracestate);
                    }
                    insert.executeUpdate();
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private List<OutboxMessage> collected() {
        return (List<OutboxMessage>) transactions.getResource(COLLECTED);
    }

    private void wakeRelayAfterCommit() {
        AfterCommit.once(transactions, WAKES_RELAY, relay::wakeUp); // one wake-up per transaction, not one per event
    }

    static String insertSql(int rows) {
        StringBuilder sql = new StringBuilder("insert into outbox_message (event_id, topic, message_key, event_type, "
                + "payload, created_at, traceparent, tracestate) values ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
        }
        return sql.toString();
    }

    private static void setNullable(PreparedStatement insert, int index, String value) throws java.sql.SQLException {
        if (value == null) {
            insert.setNull(index, Types.VARCHAR);
        } else {
            insert.setString(index, value);
        }
    }
}
