package io.revcycle.x12.claim;

import java.util.List;

/**
 * Loop 2000A: the billing provider (2010AA, with taxonomy from PRV*BI), currency (CUR02), pay-to address (2010AB),
 * pay-to plan (2010AC) and the subscribers billed under it.
 */
public record BillingProvider(Provider provider, String currency, Address payToAddress, Provider payToPlan,
        List<Subscriber> subscribers) {

    public BillingProvider {
        subscribers = List.copyOf(subscribers);
    }
}
