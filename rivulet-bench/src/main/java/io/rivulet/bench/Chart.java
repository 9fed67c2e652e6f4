package io.rivulet.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * The bar chart of Rivulet's ratios next to the results, drawn with XChart as a PNG (its SVG, with every
 * glyph as a path, weighs 20 times more in the repository).
 */
final class Chart {
    private Chart() {}

    /** Writes {@code base.png}. */
    static void write(Results results, Path base) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<String> workloads = new ArrayList<>();
        List<Double> steadyVsSpark = new ArrayList<>();
        List<Double> wholeVsSpark = new ArrayList<>();
        List<Double> rssVsSpark = new ArrayList<>();
        List<Double> steadyVsJava = new ArrayList<>();
        for (Workload workload : results.options.workloads) {
            workloads.add(workload.id());
            steadyVsSpark.add(
                    value(Report.ratio(results.steady(workload, "rivulet"), results.steady(workload, "spark"))));
            wholeVsSpark.add(value(Report.ratio(results.whole(workload, "rivulet"), results.whole(workload, "spark"))));
            rssVsSpark.add(value(Report.ratio(results.rssKb(workload, "rivulet"), results.rssKb(workload, "spark"))));
            steadyVsJava.add(
                    value(Report.ratio(results.steady(workload, "rivulet"), results.steady(workload, "java"))));
        }
        CategoryChart chart = new CategoryChartBuilder()
                .width(1100)
                .height(560)
                .title("Rivulet ÷ Spark and ÷ hand-written Java: time and peak RSS (below 1: Rivulet"
                        + " is faster or smaller)")
                .xAxisTitle("workload")
                .yAxisTitle("ratio (log scale)")
                .build();
        Styler styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        // A logarithmic axis, so that 0.1 and 10 are as far from 1; bars need an explicit floor on it.
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setYAxisMin(floor(steadyVsSpark, wholeVsSpark, rssVsSpark, steadyVsJava));
        chart.getStyler().setYAxisDecimalPattern("0.###");
        chart.getStyler()
                .setChartTitleFont(chart.getStyler().getChartTitleFont().deriveFont(14f));
        chart.addSeries("steady state ÷ Spark", workloads, steadyVsSpark);
        chart.addSeries("whole process ÷ Spark", workloads, wholeVsSpark);
        chart.addSeries("peak RSS ÷ Spark", workloads, rssVsSpark);
        chart.addSeries("steady state ÷ hand-written", workloads, steadyVsJava);
        String file = base.toString();
        BitmapEncoder.saveBitmap(chart, file, BitmapEncoder.BitmapFormat.PNG);
    }

    /** The power of ten just below the smallest ratio. */
    @SafeVarargs
    private static double floor(List<Double>... series) {
        double min = 1;
        for (List<Double> values : series) {
            for (double value : values) {
                min = Math.min(min, value);
            }
        }
        return Math.pow(10, Math.floor(Math.log10(min)));
    }

    /** A ratio that a log axis can draw: a missing one as 1 would mislead, so it is drawn as a tiny bar. */
    private static double value(double ratio) {
        return Double.isNaN(ratio) || ratio <= 0 ? 1e-3 : ratio;
    }
}
