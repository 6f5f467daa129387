package io.revcycle.coding;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ZzDebugClTest {
    @Test
    void probe() throws Exception {
        System.out.println("PROBE tccl=" + Thread.currentThread().getContextClassLoader());
        System.out.println("PROBE test=" + getClass().getClassLoader());
        System.out.println("PROBE event=" + io.revcycle.events.EncounterDocumented.class.getClassLoader());
        System.out.println("PROBE indexed=" + org.apache.avro.generic.IndexedRecord.class.getClassLoader());
        System.out.println("PROBE inbox=" + io.revcycle.messaging.inbox.InboxConsumers.class.getClassLoader());
        System.out.println("PROBE codec=" + io.revcycle.events.AvroCodec.class.getClassLoader());
        System.out.println("PROBE testevents=" + io.revcycle.testsupport.TestEvents.class.getClassLoader());
        ClassLoader q = getClass().getClassLoader();
        System.out.println("PROBE q-load-event=" + q.loadClass("io.revcycle.events.EncounterDocumented").getClassLoader());
        System.out.println("PROBE q-load-indexed=" + q.loadClass("org.apache.avro.generic.IndexedRecord").getClassLoader());
        System.out.println("PROBE codec-indexed=" + Class.forName("org.apache.avro.generic.IndexedRecord", false, io.revcycle.events.AvroCodec.class.getClassLoader()).getClassLoader());
    }
}
