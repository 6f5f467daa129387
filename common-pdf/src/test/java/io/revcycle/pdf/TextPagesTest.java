package io.revcycle.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class TextPagesTest {

    private static final TextPages HELVETICA = new TextPages(Standard14Fonts.FontName.HELVETICA,
            Standard14Fonts.FontName.HELVETICA_BOLD, 10.5f, 14, 56);

    @Test
    void shouldLayLinesOnAsManyPagesAsTheyTakeAndReadBackTheirText() throws IOException {
        List<TextPages.Line> lines = new ArrayList<>();
        lines.add(TextPages.Line.bold("Heading"));
        lines.add(TextPages.Line.BLANK);
        for (int i = 1; i <= 60; i++) {
            lines.add(TextPages.Line.plain("Line " + i));
        }
        try (PDDocument pdf = Loader.loadPDF(HELVETICA.render(lines, "test"))) {
            // (792 - 2 * 56) / 14 = 48.6: the 49th line starts page 2
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(pdf);
            assertThat(first).contains("Heading", "Line 47").doesNotContain("Line 48");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(pdf)).startsWith("Line 48").contains("Line 60");
        }
    }

    @Test
    void shouldWrapALongLineAtWordsToTheWidthBetweenTheMargins() throws IOException {
        String sentence = "The documentation supports the medical necessity of every service on this claim. ".repeat(4)
                .trim();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float width = 612 - 2 * 56;
        List<String> pieces = HELVETICA.wrap(sentence, font, width);
        assertThat(pieces).hasSizeGreaterThan(1);
        assertThat(String.join(" ", pieces)).isEqualTo(sentence);
        for (String piece : pieces) {
            assertThat(font.getStringWidth(piece) / 1000 * 10.5f).isLessThanOrEqualTo(width);
        }
        assertThat(HELVETICA.wrap("", font, width)).containsExactly("");
    }

    @Test
    void shouldPrintWhatTheStandardFontsCannotEncodeAsQuestionMarks() throws IOException {
        assertThat(TextPages.printable("Zoë\tpaid 10 € ✓")).isEqualTo("Zoë paid 10 ? ?");
        byte[] pdf = HELVETICA.render(List.of(TextPages.Line.plain("Zoë paid 10 € ✓")), "test");
        assertThat(new PDFTextStripper().getText(Loader.loadPDF(pdf))).contains("Zoë paid 10 ? ?");
    }
}
