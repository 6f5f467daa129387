package io.revcycle.stack.bench;

import java.io.IOException;
import java.nio.file.Path;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Throughput (documented and settled per second) above consumer lag, over the run's seconds, as a PNG. */
final class BenchPlot {

    private BenchPlot() {
    }

    static void write(BenchReport report, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYSeries documented = new XYSeries("documented / s");
        XYSeries settled = new XYSeries("settled / s");
        XYSeries lag = new XYSeries("consumer lag (records, all groups)");
        for (BenchReport.Sample s : report.series()) {
            documented.add(s.second(), s.documented());
            settled.add(s.second(), s.settled());
            lag.add(s.second(), s.lag());
        }
        XYSeriesCollection rates = new XYSeriesCollection(documented);
        rates.addSeries(settled);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("seconds since the first encounter"));
        plot.add(new XYPlot(rates, null, new NumberAxis("encounters / s"), new XYLineAndShapeRenderer(true, false)), 2);
        plot.add(new XYPlot(new XYSeriesCollection(lag), null, new NumberAxis("lag"),
                new XYLineAndShapeRenderer(true, false)), 1);
        JFreeChart chart = new JFreeChart(String.format(java.util.Locale.ROOT,
                "RevCycle bench: %,d encounters, %.1f settled/s", report.run().encounters(),
                report.throughput().settledPerSecond()), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 560);
    }
}
