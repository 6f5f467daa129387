package io.revcycle.x12.claim;

import java.time.LocalDate;
import java.util.List;

/** An 837 professional claim transaction (005010X222A1; also read from X222A2). */
public record Claim837P(String purpose, String referenceId, LocalDate created, String createdTime,
        String claimOrEncounter, Name submitter, List<Contact> submitterContacts, Name receiver,
        List<BillingProvider> billingProviders) implements Claim837 {

    public Claim837P {
        submitterContacts = List.copyOf(submitterContacts);
        billingProviders = List.copyOf(billingProviders);
    }

    @Override
    public boolean institutional() {
        return false;
    }
}
