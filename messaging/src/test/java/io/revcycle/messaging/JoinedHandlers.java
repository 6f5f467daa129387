package io.revcycle.messaging;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.revcycle.events.PatientBalanceChanged;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/** Two handlers of two test topics that share one consumer (SharedConsumerTest); each records what it handled. */
final class JoinedHandlers {

    static final String SHARED = "joined";
    static final String TOPIC_A = "messaging-test.joined-a";
    static final String TOPIC_B = "messaging-test.joined-b";

    private JoinedHandlers() {
    }

    abstract static class Joined implements IntegrationEventHandler<PatientBalanceChanged> {
        @Inject
        EntityManager em;

        @Override
        public Class<PatientBalanceChanged> eventType() {
            return PatientBalanceChanged.class;
        }

        @Override
        public Optional<String> sharedConsumer() {
            return Optional.of(SHARED);
        }

        @Override
        public void handle(PatientBalanceChanged event, EventContext context) {
            em.createNativeQuery("insert into handled_event (event_id, patient_id) values (:e, :p)")
                    .setParameter("e", event.getEventId()).setParameter("p", event.getPatientId()).executeUpdate();
        }
    }

    @ApplicationScoped
    public static class A extends Joined {
        @Override
        public String topic() {
            return TOPIC_A;
        }
    }

    @ApplicationScoped
    public static class B extends Joined {
        @Override
        public String topic() {
            return TOPIC_B;
        }
    }
}
