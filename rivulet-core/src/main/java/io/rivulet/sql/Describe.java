package io.rivulet.sql;

import static io.rivulet.sql.functions.approx_count_distinct;
import static io.rivulet.sql.functions.avg;
import static io.rivulet.sql.functions.count;
import static io.rivulet.sql.functions.count_distinct;
import static io.rivulet.sql.functions.lit;
import static io.rivulet.sql.functions.max;
import static io.rivulet.sql.functions.min;
import static io.rivulet.sql.functions.percentile_approx;
import static io.rivulet.sql.functions.stddev_samp;

import io.rivulet.sql.expr.ApproxPercentile;
import io.rivulet.sql.session.Frames;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.NumericType;
import io.rivulet.sql.types.StringType;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code DataFrame.describe} and {@code summary}: statistics of columns, every figure a string, one row per
 * statistic under a {@code summary} column, as Spark's {@code StatFunctions.summary}. {@code describe} gives count,
 * mean, sample standard deviation, min and max; {@code summary} those and the quartiles by default, or the named
 * statistics ({@code count}, {@code count_distinct}, {@code approx_count_distinct}, {@code mean}, {@code stddev},
 * {@code min}, {@code max} and percentiles such as {@code 90%}). Without named columns, the numeric and string
 * ones. A string column's mean, deviation and percentiles are of its values read as numbers ({@code try_cast}),
 * null when none is one, so that ANSI mode does not fail on text. One aggregation job computes every figure.
 */
final class Describe {
    private static final List<String> DESCRIBE = List.of("count", "mean", "stddev", "min", "max");
    private static final List<String> SUMMARY = List.of("count", "mean", "stddev", "min", "25%", "50%", "75%", "max");

    private Describe() {}

    static DataFrame of(DataFrame frame, String... columns) {
        List<String> names = columns.length > 0 ? Arrays.asList(columns) : defaultColumns(frame.schema());
        return statistics(frame, DESCRIBE, names);
    }

    static DataFrame summary(DataFrame frame, String... statistics) {
        List<String> chosen = statistics.length > 0 ? Arrays.asList(statistics) : SUMMARY;
        for (String statistic : chosen) {
            check(statistic);
        }
        return statistics(frame, chosen, defaultColumns(frame.schema()));
    }

    private static DataFrame statistics(DataFrame frame, List<String> statistics, List<String> names) {
        List<Column> figures = new ArrayList<>();
        for (String name : names) {
            Column column = frame.col(name);
            Column number = isNumeric(frame, name) ? column : column.try_cast("double");
            for (String statistic : statistics) {
                figures.add(figure(column, number, statistic).cast("string"));
            }
        }
        StructType output = new StructType().add("summary", DataTypes.StringType);
        for (String name : names) {
            output = output.add(name, DataTypes.StringType);
        }
        Row computed = names.isEmpty() ? null : aggregate(frame, figures);
        List<Row> rows = new ArrayList<>();
        for (int s = 0; s < statistics.size(); s++) {
            Object[] values = new Object[names.size() + 1];
            values[0] = statistics.get(s);
            for (int c = 0; c < names.size(); c++) {
                values[c + 1] = computed.get(c * statistics.size() + s);
            }
            rows.add(RowFactory.create(values));
        }
        return Frames.session(frame).rivulet().createDataFrame(rows, output);
    }

    private static final List<String> NAMED =
            List.of("count", "count_distinct", "approx_count_distinct", "mean", "stddev", "min", "max");

    /** Fails, before any job, on a name that is neither a statistic nor a percentage. */
    private static void check(String statistic) {
        String name = statistic.toLowerCase(Locale.ROOT);
        if (percentage(name) == null && !NAMED.contains(name)) {
            throw new IllegalArgumentException(statistic + " is not a recognised statistic");
        }
    }

    /** The aggregate of one statistic over {@code column}, or over {@code number}, its values as numbers. */
    private static Column figure(Column column, Column number, String statistic) {
        String name = statistic.toLowerCase(Locale.ROOT);
        Double percentage = percentage(name);
        if (percentage != null) {
            return percentile_approx(number, lit(percentage), lit(ApproxPercentile.DEFAULT_ACCURACY));
        }
        return switch (name) {
            case "count" -> count(column);
            case "count_distinct" -> count_distinct(column);
            case "approx_count_distinct" -> approx_count_distinct(column);
            case "mean" -> avg(number);
            case "stddev" -> stddev_samp(number.cast("double"));
            case "min" -> min(column);
            default -> max(column);
        };
    }

    /** {@code 25%} as 0.25; null for a name that is not a percentage. */
    private static Double percentage(String statistic) {
        if (!statistic.endsWith("%")) {
            return null;
        }
        try {
            double value = Double.parseDouble(statistic.substring(0, statistic.length() - 1)) / 100;
            if (value < 0 || value > 1) {
                throw new IllegalArgumentException("Unable to parse " + statistic + " as a percentile");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Unable to parse " + statistic + " as a percentile", e);
        }
    }

    private static Row aggregate(DataFrame frame, List<Column> figures) {
        return frame.agg(figures.get(0), figures.subList(1, figures.size()).toArray(new Column[0]))
                .first();
    }

    private static List<String> defaultColumns(StructType schema) {
        List<String> names = new ArrayList<>();
        for (StructField field : schema.fields()) {
            DataType type = field.dataType();
            if (type instanceof NumericType || type instanceof StringType) {
                names.add(field.name());
            }
        }
        return names;
    }

    private static boolean isNumeric(DataFrame frame, String name) {
        return frame.select(frame.col(name)).schema().fields()[0].dataType() instanceof NumericType;
    }
}
