package io.revcycle.payersim.config;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The simulated payers' contract terms: fixed, so every run adjudicates the same claims the same way. */
@ConfigMapping(prefix = "revcycle.payer")
public interface PayerRulesConfig {

    @WithDefault("80.00")
    BigDecimal defaultAllowedPercent();

    /** payerId → percent of billed charge the payer allows. */
    Map<String, BigDecimal> allowedPercent();

    /** Entries PAYER/PROCEDURE=GROUP-CARC[/RARC], e.g. SYNPAYER2/97110=CO-50/N115. */
    @WithDefault("")
    List<String> denials();
}
