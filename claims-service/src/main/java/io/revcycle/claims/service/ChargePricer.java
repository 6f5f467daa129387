package io.revcycle.claims.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.claims.domain.ChargemasterEntry;

/** Prices a line from the chargemaster entry in force on the date of service. Modifiers don't change the charge. */
@ApplicationScoped
public class ChargePricer {

    /** Empty when the code has no price on that date. */
    public Optional<BigDecimal> unitCharge(String procedureCode, LocalDate dateOfService) {
        return ChargemasterEntry.inForce(procedureCode, dateOfService).map(e -> e.chargePerUnit);
    }

    /** Exact: a scale-2 unit charge times whole units stays scale 2. */
    public static BigDecimal lineCharge(BigDecimal unitCharge, int units) {
        return unitCharge.multiply(BigDecimal.valueOf(units)).setScale(2);
    }
}
