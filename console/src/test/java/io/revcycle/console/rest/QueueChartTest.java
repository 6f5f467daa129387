package io.revcycle.console.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.revcycle.console.service.KpiViews.QueuePoint;

class QueueChartTest {

    @Test
    void shouldDrawEachDayAcrossThePeriodScaledToTheLargestQueue() {
        QueueChart chart = QueueChart.of(List.of(new QueuePoint("2026-06-01", 0, null, 4, 3),
                new QueuePoint("2026-06-02", 2, 1, 8, 4), new QueuePoint("2026-06-03", 1, 2, 0, null)));

        assertThat(chart.max()).isEqualTo(8);
        // x from 48 to 624 in two steps; y from 180 (nothing waiting) up to 16 (the largest queue, 8)
        assertThat(chart.codingPoints()).isEqualTo("48.0,180.0 336.0,139.0 624.0,159.5");
        assertThat(chart.denialPoints()).isEqualTo("48.0,98.0 336.0,16.0 624.0,180.0");
        assertThat(chart.firstDay()).isEqualTo("2026-06-01");
        assertThat(chart.lastDay()).isEqualTo("2026-06-03");
        assertThat(chart.description()).isEqualTo("3 days from 2026-06-01 to 2026-06-03. Coding queue from 0 to 1 "
                + "items, denial queue from 4 to 0 items.");
    }

    @Test
    void shouldDrawOneDayInTheMiddleAndEmptyQueuesOnTheAxis() {
        QueueChart chart = QueueChart.of(List.of(new QueuePoint("2026-06-01", 0, null, 0, null)));

        assertThat(chart.max()).isEqualTo(1);
        assertThat(chart.codingPoints()).isEqualTo("336.0,180.0");
        assertThat(QueueChart.of(List.of())).isNull();
    }
}
