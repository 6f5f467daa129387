package io.revcycle.payersim.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.payersim.config.PayerRulesConfig;

/** Parsed payer rules: allowed percentages and the procedures each payer denies. */
@ApplicationScoped
public class ContractTerms {

    private static final Pattern DENIAL = Pattern.compile("([A-Z0-9]+)/([A-Z0-9]{5})=(CO|PR|OA|PI)-([A-Z0-9]{1,5})(?:/([A-Z0-9]{2,5}))?");

    public record Denial(String groupCode, String reasonCode, List<String> remarkCodes) {
    }

    private final PayerRulesConfig config;
    private final Map<String, Denial> denials = new HashMap<>();

    public ContractTerms(PayerRulesConfig config) {
        this.config = config;
        for (String entry : config.denials()) {
            if (entry.isBlank()) {
                continue;
            }
            Matcher m = DENIAL.matcher(entry.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("bad denial rule '" + entry + "', expected PAYER/CODE=GROUP-CARC[/RARC]");
            }
            denials.put(m.group(1) + "/" + m.group(2),
                    new Denial(m.group(3), m.group(4), m.group(5) == null ? List.of() : List.of(m.group(5))));
        }
    }

    public BigDecimal allowedPercent(String payerId) {
        return config.allowedPercent().getOrDefault(payerId, config.defaultAllowedPercent());
    }

    public Optional<Denial> denial(String payerId, String procedureCode) {
        return Optional.ofNullable(denials.get(payerId + "/" + procedureCode));
    }

    public Map<String, Denial> denials() {
        return Map.copyOf(denials);
    }
}
