package io.revcycle.patientbilling.domain.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.revcycle.patientbilling.domain.ledger.AccountLedger;
import io.revcycle.patientbilling.domain.ledger.EntryType;

/** A statement built from a real ledger, rendered as PDF and read back with PDFBox's text extraction. */
class StatementRendererTest {

    private static final List<String> DUNNING = List.of("Thank you for your prompt payment.",
            "Second notice: your balance is past due.", "Final notice: unpaid balances may be sent to collections.");

    @Test
    void shouldRenderTheEncounterLinesAgingAndTotalIntoThePdfText() throws IOException {
        AccountLedger ledger = new AccountLedger("GA-7", List.of());
        // billed 100 days before the statement, then 10 days before; the older one partly paid
        ledger.adjudicate(UUID.randomUUID(), claim("CLM-1", "ENC-OLD", "P1", "250.00", "150.00", "40.00", "60.00"),
                Instant.parse("2026-08-28T10:00:00Z"));
        ledger.pay(UUID.randomUUID(), EntryType.PATIENT_PAYMENT, "P1", "R1", new BigDecimal("20.00"), null,
                Instant.parse("2026-09-15T10:00:00Z"));
        ledger.adjudicate(UUID.randomUUID(), claim("CLM-2", "ENC-NEW", "P2", "120.00", "70.00", "25.00", "25.00"),
                Instant.parse("2026-11-26T10:00:00Z"));

        // the older encounter's claim named its date of service and provider; the newer one's did not
        PatientStatement statement = StatementBuilder.build(ledger,
                Map.of("ENC-OLD", new EncounterService(LocalDate.parse("2026-08-19"), "1245319599")),
                "Synthetic Family Practice", 2, LocalDate.parse("2026-12-06"), 21, DUNNING);
        String text = new PDFTextStripper().getText(Loader.loadPDF(StatementRenderer.pdf(statement)));

        assertThat(text).contains("Account GA-7", "Statement 2", "Date 2026-12-06", "Due 2026-12-27");
        assertThat(lineWith(text, "ENC-OLD")).containsSubsequence("2026-08-19", "ENC-OLD", "NPI 1245319599", "250.00",
                "150.00", "40.00", "40.00");
        assertThat(lineWith(text, "ENC-NEW")).containsSubsequence("2026-11-26", "ENC-NEW", "Synthetic Family",
                "120.00", "70.00", "25.00", "25.00");
        assertThat(lineWith(text, "Aging")).contains("0-30: 25.00", "31-60: 0.00", "61-90: 0.00", "91-120: 40.00",
                "120+: 0.00");
        assertThat(lineWith(text, "Total due")).contains("65.00");
        assertThat(text).contains("Second notice: your balance is past due.");
        assertThat(statement.aging().total()).isEqualTo(statement.totalDue());

        String html = StatementRenderer.html(statement);
        assertThat(html).contains("<td>ENC-OLD</td>", "Total due: 65.00", "Second notice");
    }

    @Test
    void shouldEscalateTheDunningMessageWithTheStatementCountAndKeepTheLast() {
        AccountLedger ledger = new AccountLedger("GA-8", List.of());
        ledger.adjudicate(UUID.randomUUID(), claim("CLM-3", "ENC-3", "P1", "90.00", "50.00", "10.00", "30.00"),
                Instant.parse("2026-11-01T10:00:00Z"));
        LocalDate on = LocalDate.parse("2026-12-06");

        assertThat(List.of(1, 2, 3, 7).stream().map(n -> StatementBuilder.build(ledger, Map.of(), "Practice", n, on,
                21, DUNNING)
                .dunningMessage()).toList()).containsExactly(DUNNING.get(0), DUNNING.get(1), DUNNING.get(2),
                        DUNNING.get(2));
    }

    private static String lineWith(String text, String marker) {
        return text.lines().filter(l -> l.contains(marker)).findFirst().orElseThrow(() -> new AssertionError(
                "no line with " + marker + " in:\n" + text));
    }

    private static AccountLedger.Adjudication claim(String claimId, String encounterId, String patientId, String charge,
            String paid, String contractual, String copay) {
        return new AccountLedger.Adjudication(claimId, encounterId, patientId, new BigDecimal(charge),
                new BigDecimal(paid), new BigDecimal(contractual), List.of(new AccountLedger.Share(1, "99213", "3",
                        new BigDecimal(copay))));
    }
}
