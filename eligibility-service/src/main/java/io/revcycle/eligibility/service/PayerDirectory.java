package io.revcycle.eligibility.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.revcycle.eligibility.domain.Payer;
import io.revcycle.rest.ProblemException;

/**
 * The payer directory: payers, their route and their settings — the one place those settings are kept. Every change
 * is announced (PayerDirectoryUpdated, in the change's transaction) to the stages that keep a read-only copy
 * (claims-service, remittance-service); entries never announced (the seeded ones) are announced at start.
 */
@ApplicationScoped
public class PayerDirectory {

    private static final Logger LOG = Logger.getLogger(PayerDirectory.class);

    private final PayerDirectoryEvents events;

    public PayerDirectory(PayerDirectoryEvents events) {
        this.events = events;
    }

    /** At start: announce what was never announced or changed since (seeded rows, a change made by SQL). */
    @Transactional
    void announcePending(@Observes StartupEvent start) {
        List<Payer> pending = Payer.list("announcedAt is null or announcedAt < updatedAt");
        pending.forEach(this::announce);
        if (!pending.isEmpty()) {
            LOG.infof("payer directory: %d entr%s announced", pending.size(), pending.size() == 1 ? "y" : "ies");
        }
    }

    private void announce(Payer payer) {
        payer.announcedAt = payer.updatedAt;
        events.entryChanged(payer);
    }

    public List<Payer> all() {
        return Payer.all();
    }

    public Payer get(String payerId) {
        return Payer.of(payerId).orElseThrow(() -> ProblemException.notFound("Payer", payerId));
    }

    /** Returns true when the payer was created, false when replaced. */
    @Transactional
    public boolean put(PutPayerCommand command) {
        Payer payer = Payer.<Payer>findByIdOptional(command.payerId()).orElse(null);
        boolean created = payer == null;
        if (created) {
            payer = new Payer();
            payer.payerId = command.payerId();
        }
        payer.name = command.name();
        payer.interchangeId = command.interchangeId();
        payer.gatewayRoute = command.gatewayRoute();
        payer.realTimeEligibility = command.realTimeEligibility();
        payer.claimFilingIndicator = command.claimFilingIndicator();
        payer.timelyFilingDays = command.timelyFilingDays();
        payer.appealWindowDays = command.appealWindowDays();
        payer.followUpDays = command.followUpDays();
        payer.acknowledgeOnly = command.acknowledgeOnly();
        payer.updatedBy = command.updatedBy();
        payer.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (created) {
            payer.persist();
        }
        announce(payer);
        LOG.infof("payer %s %s by %s", payer.payerId, created ? "added" : "updated", payer.updatedBy);
        return created;
    }
}
