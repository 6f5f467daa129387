package io.revcycle.console.rest;

import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

import io.revcycle.console.service.KpiViews.QueuePoint;

/**
 * The work queues over the period as an SVG line chart drawn on the server: no script and no inline style, so the
 * page's Content-Security-Policy holds. Coding a solid line, denials a dashed one (told apart without colour); the
 * table beside it keeps every figure for screen readers and for reading exact values.
 */
public record QueueChart(String codingPoints, String denialPoints, int max, String firstDay, String lastDay,
        String description) {

    /** The SVG's viewBox is 0 0 {@value #WIDTH} {@value #HEIGHT}; the plot leaves room for the axis labels. */
    public static final int WIDTH = 640;
    public static final int HEIGHT = 220;
    static final int LEFT = 48;
    static final int RIGHT = WIDTH - 16;
    static final int TOP = 16;
    static final int BOTTOM = HEIGHT - 40;

    /** null when there is no day to draw. */
    public static QueueChart of(List<QueuePoint> days) {
        if (days == null || days.isEmpty()) {
            return null;
        }
        int max = Math.max(1, days.stream().mapToInt(d -> Math.max(d.codingSize(), d.denialSize())).max().orElse(0));
        QueuePoint first = days.get(0);
        QueuePoint last = days.get(days.size() - 1);
        String description = String.format(Locale.ROOT,
                "%d days from %s to %s. Coding queue from %d to %d items, denial queue from %d to %d items.",
                days.size(), first.day(), last.day(), first.codingSize(), last.codingSize(), first.denialSize(),
                last.denialSize());
        return new QueueChart(points(days, QueuePoint::codingSize, max), points(days, QueuePoint::denialSize, max), max,
                first.day(), last.day(), description);
    }

    /** Where each day's size sits: x across the period, y up from the bottom in proportion to the largest queue. */
    static String points(List<QueuePoint> days, ToIntFunction<QueuePoint> size, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            double x = days.size() == 1 ? (LEFT + RIGHT) / 2.0 : LEFT + (double) i * (RIGHT - LEFT) / (days.size() - 1);
            double y = BOTTOM - (double) size.applyAsInt(days.get(i)) * (BOTTOM - TOP) / max;
            b.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        return b.toString();
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return RIGHT;
    }

    public int top() {
        return TOP;
    }

    public int bottom() {
        return BOTTOM;
    }

    /** The y axis labels end just left of the axis; the largest queue's level at the top, 0 at the bottom. */
    public int labelX() {
        return LEFT - 6;
    }

    public int maxLabelY() {
        return TOP + 4;
    }

    public int zeroLabelY() {
        return BOTTOM + 4;
    }

    /** The period's first and last day, under the x axis. */
    public int dayLabelY() {
        return BOTTOM + 18;
    }
}
