package io.rivulet.sql;

import static io.rivulet.sql.functions.avg;
import static io.rivulet.sql.functions.count;
import static io.rivulet.sql.functions.max;
import static io.rivulet.sql.functions.min;
import static io.rivulet.sql.functions.stddev_samp;

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

/**
 * {@code DataFrame.describe}: count, mean, sample standard deviation, min and max of columns, every figure a string,
 * one row per statistic under a {@code summary} column, as Spark's {@code StatFunctions.summary}. Without named
 * columns, the numeric and string ones. A string column's mean and deviation are of its values read as numbers
 * ({@code try_cast}), null when none is one, so that ANSI mode does not fail on text. One aggregation job computes
 * every figure.
 */
final class Describe {
    private static final List<String> STATISTICS = List.of("count", "mean", "stddev", "min", "max");

    private Describe() {}

    static DataFrame of(DataFrame frame, String... columns) {
        List<String> names = columns.length > 0 ? Arrays.asList(columns) : defaultColumns(frame.schema());
        List<Column> figures = new ArrayList<>();
        for (String name : names) {
            Column column = frame.col(name);
            Column number = isNumeric(frame, name) ? column : column.try_cast("double");
            figures.add(count(column).cast("string"));
            figures.add(avg(number).cast("string"));
            figures.add(stddev_samp(number.cast("double")).cast("string"));
            figures.add(min(column).cast("string"));
            figures.add(max(column).cast("string"));
        }
        StructType output = new StructType().add("summary", DataTypes.StringType);
        for (String name : names) {
            output = output.add(name, DataTypes.StringType);
        }
        Row computed = names.isEmpty() ? null : aggregate(frame, figures);
        List<Row> rows = new ArrayList<>();
        for (int s = 0; s < STATISTICS.size(); s++) {
            Object[] values = new Object[names.size() + 1];
            values[0] = STATISTICS.get(s);
            for (int c = 0; c < names.size(); c++) {
                values[c + 1] = computed.get(c * STATISTICS.size() + s);
            }
            rows.add(RowFactory.create(values));
        }
        return Frames.session(frame).rivulet().createDataFrame(rows, output);
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
