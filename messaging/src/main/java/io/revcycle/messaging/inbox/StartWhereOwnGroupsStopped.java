package io.revcycle.messaging.inbox;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import io.revcycle.messaging.kafka.KafkaClientFactory;

/**
 * For a consumer group made of handlers that had groups of their own before: a partition the new group has never
 * committed starts at the offset its handler's own group committed, not at the earliest offset, so an upgrade does
 * not read again events older than the inbox remembers. Only on assignment, and only for partitions without a commit.
 */
final class StartWhereOwnGroupsStopped implements ConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(StartWhereOwnGroupsStopped.class);

    private final KafkaConsumer<String, byte[]> consumer;
    /** topic → the group its handler had on its own (the handler's consumer name). */
    private final Map<String, String> ownGroups;
    private final KafkaClientFactory clients;
    private final Duration timeout;

    StartWhereOwnGroupsStopped(KafkaConsumer<String, byte[]> consumer, Map<String, String> ownGroups,
            KafkaClientFactory clients, Duration timeout) {
        this.consumer = consumer;
        this.ownGroups = ownGroups;
        this.clients = clients;
        this.timeout = timeout;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions), timeout);
        Map<String, Map<TopicPartition, OffsetAndMetadata>> byOwnGroup = new HashMap<>();
        for (TopicPartition tp : partitions) {
            if (committed.get(tp) == null) {
                byOwnGroup.computeIfAbsent(ownGroups.get(tp.topic()), g -> new HashMap<>()).put(tp, null);
            }
        }
        if (byOwnGroup.isEmpty()) {
            return;
        }
        // an error here fails the poll: the consumer is recreated and asks again, rather than starting from earliest
        try (Admin admin = Admin.create(clients.admin())) {
            for (var group : byOwnGroup.entrySet()) {
                Map<TopicPartition, OffsetAndMetadata> own = admin.listConsumerGroupOffsets(group.getKey())
                        .partitionsToOffsetAndMetadata().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                for (TopicPartition tp : group.getValue().keySet()) {
                    OffsetAndMetadata offset = own.get(tp);
                    if (offset != null) {
                        consumer.seek(tp, offset.offset());
                        LOG.infof("%s starts at %d, where group %s stopped", tp, offset.offset(), group.getKey());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading the handlers' own group offsets", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the handlers' own group offsets: " + e, e);
        }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        // offsets are committed after each batch's transaction; nothing is pending at a rebalance
    }
}
