package io.rivulet.sql.session;

import io.rivulet.RDD;
import io.rivulet.internal.RivuletInternals;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.MapPartitionsRDD;
import io.rivulet.sql.Row;
import io.rivulet.sql.beans.JavaTypeMapping;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.ExprId;
import io.rivulet.sql.plan.LocalRelation;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.RangeRelation;
import io.rivulet.sql.plan.RddRelation;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.RowBatches;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * The leaves of plans that {@code Rivulet}'s creation methods make: rows and Java objects held by the driver
 * become a {@link LocalRelation} (checked and converted to batches at once, so a bad row fails where it is
 * given), RDDs of them an {@link RddRelation} converted a partition at a time when a task reads it, and
 * {@code rangeDF} a {@link RangeRelation}.
 */
public final class Relations {
    private Relations() {}

    /** New attributes (fresh ids) for the fields of {@code schema}. */
    public static List<AttributeReference> attributes(StructType schema) {
        List<AttributeReference> output = new ArrayList<>();
        for (StructField field : schema.fields()) {
            output.add(
                    new AttributeReference(field.name(), field.dataType(), field.nullable(), ExprId.next(), List.of()));
        }
        return output;
    }

    public static LogicalPlan ofRows(List<? extends Row> rows, StructType schema) {
        List<ColumnBatch> batches = new ArrayList<>();
        Iterator<ColumnBatch> converted = RowBatches.fromRows(rows.iterator(), schema, ColumnBatch.DEFAULT_ROWS);
        converted.forEachRemaining(batches::add);
        return new LocalRelation(attributes(schema), batches);
    }

    public static <T> LogicalPlan ofObjects(List<T> objects, Class<T> type) {
        Function<T, Row> toRow = JavaTypeMapping.toRow(type);
        List<Row> rows = new ArrayList<>(objects.size());
        for (T object : objects) {
            rows.add(toRow.apply(object));
        }
        return ofRows(rows, JavaTypeMapping.schemaFor(type));
    }

    /** The rows of {@code rdd}, read as batches of {@code schema} a partition at a time. */
    public static LogicalPlan ofRowRdd(RDD<Row> rdd, StructType schema) {
        BaseRDD<Row> node = RivuletInternals.node(rdd);
        BaseRDD<ColumnBatch> batches = new MapPartitionsRDD<>(
                node,
                "createDataFrame",
                (context, index, rows) -> RowBatches.fromRows(rows, schema, ColumnBatch.DEFAULT_ROWS),
                false);
        return new RddRelation("ExistingRDD", batches, attributes(schema));
    }

    /** The beans or records of {@code rdd}, read as batches a partition at a time. */
    public static <T> LogicalPlan ofObjectRdd(RDD<T> rdd, Class<T> type) {
        StructType schema = JavaTypeMapping.schemaFor(type);
        Function<T, Row> toRow = JavaTypeMapping.toRow(type);
        BaseRDD<T> node = RivuletInternals.node(rdd);
        BaseRDD<ColumnBatch> batches = new MapPartitionsRDD<>(
                node,
                "createDataFrame",
                (context, index, objects) -> RowBatches.fromRows(
                        io.rivulet.util.Iterators.map(objects, toRow::apply), schema, ColumnBatch.DEFAULT_ROWS),
                false);
        return new RddRelation("ExistingRDD", batches, attributes(schema));
    }

    public static LogicalPlan range(long start, long end, long step, int numPartitions) {
        return new RangeRelation(
                start, end, step, numPartitions, AttributeReference.of("id", DataTypes.LongType, false));
    }
}
