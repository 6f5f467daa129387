package io.revcycle.patientbilling.domain.statement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import io.revcycle.pdf.TextPages;

/**
 * Renders a statement as PDF (Apache PDFBox, standard Courier so the columns line up) and as HTML. Both show the same
 * rows: header, one line per encounter, aging buckets, total due, dunning message.
 */
public final class StatementRenderer {

    /** Courier 9 pt on 12 pt lines, 48 pt margins (shared common-pdf page layout). */
    private static final TextPages PAGES = new TextPages(Standard14Fonts.FontName.COURIER,
            Standard14Fonts.FontName.COURIER_BOLD, 9f, 12, 48);
    /** Characters of 9 pt Courier that fit between the margins of a letter page. */
    private static final int WIDTH = 90;
    private static final String ROW = "%-10s %-14s %-16s %10s %10s %10s %10s";

    private StatementRenderer() {
    }

    /** The statement's text rows, as both renderings show them. */
    public static List<String> rows(PatientStatement s) {
        List<String> rows = new ArrayList<>();
        rows.add(s.practiceName() + " - patient statement");
        rows.add("Account " + s.accountId() + "   Statement " + s.statementNumber() + "   Date " + s.statementDate()
                + "   Due " + s.dueDate());
        rows.add("");
        rows.add(String.format(ROW, "Date", "Encounter", "Provider", "Charges", "Ins. paid", "Adjusted", "You owe"));
        for (PatientStatement.Line l : s.lines()) {
            rows.add(String.format(ROW, l.serviceDate(), cut(l.encounterId(), 14), cut(l.provider(), 16), l.charges(),
                    l.insurancePaid(), l.adjustments(), l.patientOwes()));
        }
        rows.add("");
        PatientStatement.Aging a = s.aging();
        rows.add(String.format("Aging   0-30: %s   31-60: %s   61-90: %s   91-120: %s   120+: %s", a.current(),
                a.days31to60(), a.days61to90(), a.days91to120(), a.over120()));
        rows.add("Total due: " + s.totalDue());
        if (!s.dunningMessage().isBlank()) {
            rows.add("");
            rows.addAll(wrap(s.dunningMessage(), WIDTH));
        }
        return rows;
    }

    public static byte[] pdf(PatientStatement s) {
        List<String> rows = rows(s);
        List<TextPages.Line> lines = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            lines.add(new TextPages.Line(rows.get(i), i == 0 || rows.get(i).startsWith("Total due")));
        }
        return PAGES.render(lines, "statement");
    }

    public static String html(PatientStatement s) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Statement ")
                .append(esc(s.accountId())).append("</title></head><body>");
        h.append("<h1>").append(esc(s.practiceName())).append(" - patient statement</h1>");
        h.append("<p>Account ").append(esc(s.accountId())).append(", statement ").append(s.statementNumber())
                .append(", date ").append(s.statementDate()).append(", due ").append(s.dueDate()).append("</p>");
        h.append("<table><tr><th>Date</th><th>Encounter</th><th>Provider</th><th>Charges</th><th>Insurance paid</th>"
                + "<th>Adjusted</th><th>You owe</th></tr>");
        for (PatientStatement.Line l : s.lines()) {
            h.append("<tr><td>").append(l.serviceDate()).append("</td><td>").append(esc(l.encounterId()))
                    .append("</td><td>").append(esc(l.provider())).append("</td>").append(td(l.charges()))
                    .append(td(l.insurancePaid())).append(td(l.adjustments())).append(td(l.patientOwes()))
                    .append("</tr>");
        }
        PatientStatement.Aging a = s.aging();
        h.append("</table><table><tr><th>0-30</th><th>31-60</th><th>61-90</th><th>91-120</th><th>120+</th></tr><tr>")
                .append(td(a.current())).append(td(a.days31to60())).append(td(a.days61to90()))
                .append(td(a.days91to120())).append(td(a.over120())).append("</tr></table>");
        h.append("<p><strong>Total due: ").append(s.totalDue()).append("</strong></p>");
        if (!s.dunningMessage().isBlank()) {
            h.append("<p>").append(esc(s.dunningMessage())).append("</p>");
        }
        return h.append("</body></html>").toString();
    }

    /** Words to lines of at most {@code width} characters (a longer word stands alone). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String td(BigDecimal amount) {
        return "<td>" + amount + "</td>";
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
