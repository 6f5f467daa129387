package io.revcycle.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvLineTest {

    @Test
    void shouldSplitQuotedFieldsWithCommasAndDoubledQuotes() {
        assertThat(CsvLine.split("45,\"Charge exceeds fee schedule, \"\"maximum\"\"\",2026-01-01,"))
                .containsExactly("45", "Charge exceeds fee schedule, \"maximum\"", "2026-01-01", "");
        assertThat(CsvLine.split("")).containsExactly("");
    }

    @Test
    void shouldQuoteSoThatSplitReadsTheSameTextBack() {
        String text = "a \"quoted\", text";
        assertThat(CsvLine.split("1," + CsvLine.quote(text))).containsExactly("1", text);
    }
}
