package io.revcycle.x12.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * One 837 transaction set: the header (BHT), submitter (1000A), receiver (1000B) and the billing providers (2000A)
 * with their subscribers (2000B), patients (2000C), claims (2300) and lines (2400). {@link Claim837P} is read and
 * written with 005010X222A1, {@link Claim837I} with 005010X223A2; below the header both use the same records.
 */
public sealed interface Claim837 permits Claim837P, Claim837I {

    /** BHT02: "00" original, "18" reissue. */
    String purpose();

    /** BHT03: the originator's reference for this transaction. */
    String referenceId();

    /** BHT04. */
    LocalDate created();

    /** BHT05: HHMM or HHMMSS. */
    String createdTime();

    /** BHT06: "CH" chargeable, "RP" reporting (encounters), "31" subrogation demand. */
    String claimOrEncounter();

    Name submitter();

    List<Contact> submitterContacts();

    Name receiver();

    List<BillingProvider> billingProviders();

    /** Every claim of the transaction, in document order. */
    default Stream<Claim> claims() {
        return billingProviders().stream().flatMap(b -> b.subscribers().stream())
                .flatMap(s -> Stream.concat(s.claims().stream(),
                        s.patients().stream().flatMap(p -> p.claims().stream())));
    }

    boolean institutional();
}
