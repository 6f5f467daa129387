package io.revcycle.console;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.revcycle.events.AvroCodec;
import io.revcycle.stack.LocalStack;

/**
 * Publishes an event onto the console stack's broker through its registry as a GenericRecord, as the services' outbox
 * relays do; whole schemas (a version split into references would be refused once a service registered the whole one).
 */
final class StackEvents {

    private StackEvents() {
    }

    static void publish(LocalStack stack, String topic, String key, SpecificRecord event) {
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        p.put("apicurio.registry.url", stack.registryUrl());
        p.put("apicurio.registry.auto-register", true);
        p.put("apicurio.registry.dereference-schema", true);
        AvroKafkaSerializer<Object> serializer = new AvroKafkaSerializer<>();
        serializer.configure(p, false);
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(p, new StringSerializer(), serializer)) {
            producer.send(new ProducerRecord<>(topic, key, AvroCodec.toGeneric(event))).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("publishing to " + topic, e);
        }
    }
}
