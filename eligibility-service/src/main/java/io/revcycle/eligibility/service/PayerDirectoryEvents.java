package io.revcycle.eligibility.service;

import io.revcycle.eligibility.domain.Payer;

/** The port through which the directory announces an entry as it now stands (in the caller's transaction). */
public interface PayerDirectoryEvents {

    void entryChanged(Payer payer);
}
