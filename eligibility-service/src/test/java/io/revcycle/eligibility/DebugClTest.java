package io.revcycle.eligibility;

import java.time.LocalDate;

import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.revcycle.events.EncounterDocumented;
import io.revcycle.events.Topics;
import io.revcycle.messaging.inbox.InboxConsumers;
import io.revcycle.testsupport.TestEvents;

@QuarkusTest
class DebugClTest {
    @Test
    void debug() throws Exception {
        System.out.println("DBG tccl=" + Thread.currentThread().getContextClassLoader());
        System.out.println("DBG test cl=" + DebugClTest.class.getClassLoader());
        System.out.println("DBG event cl=" + EncounterDocumented.class.getClassLoader());
        System.out.println("DBG inbox cl=" + InboxConsumers.class.getClassLoader());
        System.out.println("DBG testevents cl=" + TestEvents.class.getClassLoader());
        System.out.println("DBG avro cl=" + SpecificData.class.getClassLoader());
        String enc = TestData.id("ENC");
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, enc, TestData.encounter(enc, "P", "M", LocalDate.of(2026, 1, 1)));
        System.out.println("DBG after publish, get(): " + SpecificData.get().getClass(EncounterDocumented.getClassSchema()).getClassLoader());
        System.out.println("DBG after publish, MODEL: " + SpecificData.getForClass(EncounterDocumented.class).getClass(EncounterDocumented.getClassSchema()).getClassLoader());
        Thread.sleep(500);
    }
}
