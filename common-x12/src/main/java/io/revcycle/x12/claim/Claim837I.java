package io.revcycle.x12.claim;

import java.time.LocalDate;
import java.util.List;

/** An 837 institutional claim transaction (005010X223A2; also read from X223A1 and X223A3). */
public record Claim837I(String purpose, String referenceId, LocalDate created, String createdTime,
        String claimOrEncounter, Name submitter, List<Contact> submitterContacts, Name receiver,
        List<BillingProvider> billingProviders) implements Claim837 {

    public Claim837I {
        submitterContacts = List.copyOf(submitterContacts);
        billingProviders = List.copyOf(billingProviders);
    }

    @Override
    public boolean institutional() {
        return true;
    }
}
