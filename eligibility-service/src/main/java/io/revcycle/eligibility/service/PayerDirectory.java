package io.revcycle.eligibility.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.eligibility.domain.Payer;
import io.revcycle.rest.ProblemException;

/** The payer directory: payers, their route and their settings. */
@ApplicationScoped
public class PayerDirectory {

    private static final Logger LOG = Logger.getLogger(PayerDirectory.class);

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
        LOG.infof("payer %s %s by %s", payer.payerId, created ? "added" : "updated", payer.updatedBy);
        return created;
    }
}
