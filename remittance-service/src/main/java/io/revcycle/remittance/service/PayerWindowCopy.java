package io.revcycle.remittance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.remittance.domain.PayerWindow;

/** Keeps the copy of the payer directory's windows: only a newer entry replaces it (redeliveries change nothing). */
@ApplicationScoped
public class PayerWindowCopy {

    private static final Logger LOG = Logger.getLogger(PayerWindowCopy.class);

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(CopyPayerWindowCommand c) {
        PayerWindow w = PayerWindow.<PayerWindow>findByIdOptional(c.payerId(), LockModeType.PESSIMISTIC_WRITE)
                .orElse(null);
        if (w != null && !c.updatedAt().isAfter(w.directoryUpdatedAt)) {
            return false;
        }
        boolean created = w == null;
        if (created) {
            w = new PayerWindow();
            w.payerId = c.payerId();
        }
        w.timelyFilingDays = c.timelyFilingDays();
        w.appealWindowDays = c.appealWindowDays();
        w.followUpDays = c.followUpDays();
        w.directoryUpdatedAt = c.updatedAt();
        if (created) {
            w.persist();
        }
        LOG.infof("payer %s: windows copied from the payer directory (appeal %d days)", c.payerId(),
                c.appealWindowDays());
        return true;
    }
}
