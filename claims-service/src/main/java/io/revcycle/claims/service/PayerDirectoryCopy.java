package io.revcycle.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.claims.domain.PayerEntry;

/**
 * Keeps this service's copy of the payer directory (eligibility-service owns it): an entry replaces the copy only
 * when it is newer, so a redelivered or out-of-order announcement changes nothing.
 */
@ApplicationScoped
public class PayerDirectoryCopy {

    private static final Logger LOG = Logger.getLogger(PayerDirectoryCopy.class);
    /** 2010BB NM103 holds at most 60 characters. */
    private static final int NAME_LENGTH = 60;

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(CopyPayerEntryCommand c) {
        PayerEntry payer = PayerEntry.<PayerEntry>findByIdOptional(c.payerId(), LockModeType.PESSIMISTIC_WRITE)
                .orElse(null);
        if (payer != null && payer.directoryUpdatedAt != null && !c.updatedAt().isAfter(payer.directoryUpdatedAt)) {
            LOG.debugf("payer %s: directory entry of %s is not newer than the copy's", c.payerId(), c.updatedAt());
            return false;
        }
        boolean created = payer == null;
        if (created) {
            payer = new PayerEntry();
            payer.payerId = c.payerId();
        }
        payer.name = c.name().length() > NAME_LENGTH ? c.name().substring(0, NAME_LENGTH) : c.name();
        payer.interchangeId = c.interchangeId();
        payer.gatewayRoute = c.gatewayRoute();
        payer.claimFilingIndicator = c.claimFilingIndicator();
        payer.timelyFilingDays = c.timelyFilingDays();
        payer.appealWindowDays = c.appealWindowDays();
        payer.followUpDays = c.followUpDays();
        payer.acknowledgeOnly = c.acknowledgeOnly();
        payer.directoryUpdatedAt = c.updatedAt();
        if (created) {
            payer.persist();
        }
        LOG.infof("payer %s copied from the payer directory (entry of %s)", c.payerId(), c.updatedAt());
        return true;
    }
}
