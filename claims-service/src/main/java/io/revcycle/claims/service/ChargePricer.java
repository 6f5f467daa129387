package io.revcycle.claims.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimLine;

/** Prices a line from the chargemaster entry in force on the date of service. Modifiers don't change the charge. */
@ApplicationScoped
public class ChargePricer {

    private final Chargemaster chargemaster;

    public ChargePricer(Chargemaster chargemaster) {
        this.chargemaster = chargemaster;
    }

    /** Empty when the code has no price on that date. */
    public Optional<BigDecimal> unitCharge(String procedureCode, LocalDate dateOfService) {
        return chargemaster.inForce(procedureCode, dateOfService).map(Chargemaster.Price::chargePerUnit);
    }

    /**
     * (Re-)prices every line of the claim and sets the total; returns the codes without a price, in line order (then
     * the total and those lines' charges are null).
     */
    public List<String> price(Claim claim) {
        List<String> unpriced = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (ClaimLine line : claim.lines) {
            Optional<BigDecimal> unitCharge = unitCharge(line.procedureCode, claim.dateOfService);
            line.unitCharge = unitCharge.orElse(null);
            line.charge = unitCharge.map(u -> lineCharge(u, line.units)).orElse(null);
            if (line.charge != null) {
                total = total.add(line.charge);
            } else if (!unpriced.contains(line.procedureCode)) {
                unpriced.add(line.procedureCode);
            }
        }
        claim.totalCharge = unpriced.isEmpty() ? total : null;
        return unpriced;
    }

    /** Exact: a scale-2 unit charge times whole units stays scale 2. */
    public static BigDecimal lineCharge(BigDecimal unitCharge, int units) {
        return unitCharge.multiply(BigDecimal.valueOf(units)).setScale(2);
    }
}
