package io.revcycle.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lines of text laid out on letter pages in one of the standard fonts (regular or bold per line): each line wrapped
 * at word boundaries to the width between the margins by the font's widths, a new page when the bottom margin is
 * reached, as many pages as it takes. Characters the standard fonts cannot encode print as '?'.
 *
 * @param size    font size in points; {@code leading} the distance between lines, {@code margin} on every side
 */
public record TextPages(Standard14Fonts.FontName regular, Standard14Fonts.FontName bold, float size, float leading,
        float margin) {

    /** A line of text; an empty text is a blank line. */
    public record Line(String text, boolean bold) {

        public static final Line BLANK = new Line("", false);

        public static Line plain(String text) {
            return new Line(text, false);
        }

        public static Line bold(String text) {
            return new Line(text, true);
        }
    }

    /** The lines as a PDF document; {@code what} names it in the error should PDFBox fail. */
    public byte[] render(List<Line> lines, String what) {
        PDType1Font regularFont = new PDType1Font(regular);
        PDType1Font boldFont = new PDType1Font(bold);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDRectangle box = PDRectangle.LETTER;
            float width = box.getWidth() - 2 * margin;
            PDPageContentStream content = null;
            float y = 0;
            try {
                for (Line line : lines) {
                    PDType1Font font = line.bold() ? boldFont : regularFont;
                    for (String piece : wrap(printable(line.text()), font, width)) {
                        if (content == null || y < margin) {
                            if (content != null) {
                                content.endText();
                                content.close();
                            }
                            PDPage page = new PDPage(box);
                            doc.addPage(page);
                            content = new PDPageContentStream(doc, page);
                            content.beginText();
                            y = box.getHeight() - margin;
                            content.newLineAtOffset(margin, y);
                        }
                        content.setFont(font, size);
                        content.showText(piece);
                        content.newLineAtOffset(0, -leading);
                        y -= leading;
                    }
                }
            } finally {
                if (content != null) {
                    content.endText();
                    content.close();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(what + " could not be rendered", e);
        }
    }

    /** Greedy word wrap by the font's widths (a longer word stands alone); a blank line stays one line. */
    List<String> wrap(String text, PDType1Font font, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size <= width || current.isEmpty()) {
                current.setLength(0);
                current.append(candidate);
            } else {
                out.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
        }
        out.add(current.toString());
        return out;
    }

    /** The standard fonts encode WinAnsi only: anything else (and control characters) becomes '?', a tab a space. */
    static String printable(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            s.append(c == '\t' ? ' ' : c < 0x20 || c > 0xFF ? '?' : c);
        }
        return s.toString();
    }
}
