package io.revcycle.x12.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.revcycle.x12.RoundTrips;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.TransactionCatalog;

/** Record → write → read → equal record, with no finding, for many generated 270 and 271 shapes. */
class EligibilityRoundTripTest {

    static final Envelope ENVELOPE = RoundTrips.ENVELOPE;

    @Test
    void shouldRegisterBothGuidesInTheCatalog() {
        assertThat(TransactionCatalog.find("270", "005010X279A1")).get()
                .isInstanceOf(EligibilityInquiry270Support.class);
        assertThat(TransactionCatalog.find("271", "005010X279A1")).get()
                .isInstanceOf(EligibilityResponse271Support.class);
        assertThat(TransactionCatalog.of(EligibilityInquiry270.class).functionalIdentifier()).isEqualTo("HS");
        assertThat(TransactionCatalog.of(EligibilityResponse271.class).functionalIdentifier()).isEqualTo("HB");
    }

    @Test
    void shouldRoundTrip510Generated270Transactions() {
        EligibilityGenerator gen = new EligibilityGenerator(270L);
        RoundTrips.roundTrip510(new EligibilityInquiry270Support(), gen::inquiry);
    }

    @Test
    void shouldRoundTrip510Generated271Transactions() {
        EligibilityGenerator gen = new EligibilityGenerator(271L);
        RoundTrips.roundTrip510(new EligibilityResponse271Support(), gen::response);
    }
}
