package io.revcycle.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.revcycle.claims.service.Chargemaster;

/**
 * The in-memory chargemaster sees every change to the table, however it was made: a commit by another instance
 * (plain SQL here), a change earlier in the same transaction, and not a change that rolled back. Z9001 is a made-up
 * code (HCPCS Level II has no Z codes).
 */
@QuarkusTest
class ChargemasterCacheTest {

    private static final LocalDate DOS = LocalDate.of(2026, 3, 2);

    @Inject
    Chargemaster chargemaster;

    @Inject
    EntityManager em;

    @AfterEach
    void removeTestPrices() {
        sql("delete from chargemaster where code = 'Z9001'");
    }

    @Test
    void shouldPriceFromTheSeededChargemaster() {
        assertThat(price("99213")).contains(new BigDecimal("125.00"));
        assertThat(price("Z9001")).isEmpty();
    }

    @Test
    void shouldSeeAPriceCommittedElsewhereInTheNextTransaction() {
        assertThat(price("Z9001")).isEmpty();
        sql("insert into chargemaster (code, effective_from, charge_per_unit, description) "
                + "values ('Z9001', date '2026-01-01', 10.00, 'test price')");
        assertThat(price("Z9001")).contains(new BigDecimal("10.00"));
        sql("update chargemaster set charge_per_unit = 12.50 where code = 'Z9001'");
        assertThat(price("Z9001")).contains(new BigDecimal("12.50"));
        sql("insert into chargemaster (code, effective_from, charge_per_unit, description) "
                + "values ('Z9001', date '2026-03-01', 14.00, 'test price from March')");
        assertThat(price("Z9001")).contains(new BigDecimal("14.00"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> chargemaster.inForce("Z9001", LocalDate.of(2026, 2, 28))
                .map(Chargemaster.Price::chargePerUnit))).contains(new BigDecimal("12.50"));
    }

    @Test
    void shouldSeeItsOwnTransactionsChangeAndForgetARolledBackOne() {
        QuarkusTransaction.begin();
        try {
            assertThat(chargemaster.inForce("Z9001", DOS)).isEmpty();
            em.createNativeQuery("insert into chargemaster (code, effective_from, charge_per_unit, description) "
                    + "values ('Z9001', date '2026-01-01', 20.00, 'test price')").executeUpdate();
            chargemaster.forgetInThisTransaction();
            assertThat(chargemaster.inForce("Z9001", DOS).map(Chargemaster.Price::chargePerUnit))
                    .contains(new BigDecimal("20.00"));
        } finally {
            QuarkusTransaction.rollback();
        }
        assertThat(price("Z9001")).isEmpty();
    }

    private Optional<BigDecimal> price(String code) {
        return QuarkusTransaction.requiringNew().call(() -> chargemaster.inForce(code, DOS)
                .map(Chargemaster.Price::chargePerUnit));
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
    }
}
