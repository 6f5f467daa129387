package io.revcycle.console.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.denials.CodeList;

/**
 * Denial rows in words: the CARC and RARCs described from denial-intelligence's code lists (the same lists
 * remittance-service classifies with), the age since the denial came back and who owns it.
 */
@ApplicationScoped
public class DenialRows {

    public record Row(BillingViews.Denial denial, String reason, List<String> remarks, long ageDays, String owner) {
    }

    private final CodeList carc = CodeList.shippedCarc();
    private final CodeList rarc = CodeList.shippedRarc();
    private final Clock clock = Clock.systemUTC();

    public List<Row> rows(List<BillingViews.Denial> denials) {
        Instant now = clock.instant();
        return denials.stream().map(d -> new Row(d,
                d.groupCode() + "-" + d.reasonCode() + ": " + carc.describe(d.reasonCode()),
                d.remarkCodes() == null ? List.of()
                        : d.remarkCodes().stream().map(r -> r + ": " + rarc.describe(r)).collect(Collectors.toList()),
                d.createdAt() == null ? 0 : Duration.between(d.createdAt(), now).toDays(),
                d.assignedTo() != null ? d.assignedTo() : d.department() == null ? "—" : d.department()))
                .toList();
    }
}
