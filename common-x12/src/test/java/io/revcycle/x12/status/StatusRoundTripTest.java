package io.revcycle.x12.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.revcycle.x12.RoundTrips;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.TransactionCatalog;

/** Record → write → read → equal record, with no finding, for many generated 276 and 277 shapes. */
class StatusRoundTripTest {

    static final Envelope ENVELOPE = RoundTrips.ENVELOPE;

    @Test
    void shouldRegisterBothGuidesInTheCatalog() {
        assertThat(TransactionCatalog.find("276", "005010X212")).get().isInstanceOf(ClaimStatusRequest276Support.class);
        assertThat(TransactionCatalog.find("277", "005010X212")).get()
                .isInstanceOf(ClaimStatusResponse277Support.class);
        assertThat(TransactionCatalog.of(ClaimStatusRequest276.class).functionalIdentifier()).isEqualTo("HR");
        assertThat(TransactionCatalog.of(ClaimStatusResponse277.class).functionalIdentifier()).isEqualTo("HN");
    }

    @Test
    void shouldRoundTrip510Generated276Transactions() {
        StatusGenerator gen = new StatusGenerator(276L);
        RoundTrips.roundTrip510(new ClaimStatusRequest276Support(), gen::request);
    }

    @Test
    void shouldRoundTrip510Generated277Transactions() {
        StatusGenerator gen = new StatusGenerator(277L);
        RoundTrips.roundTrip510(new ClaimStatusResponse277Support(), gen::response);
    }
}
