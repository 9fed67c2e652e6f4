package io.rivulet.sql.session;

import io.rivulet.RDD;
import io.rivulet.internal.RivuletInternals;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.MapPartitionsRDD;
import io.rivulet.sql.Row;
import io.rivulet.sql.datasource.json.JsonLines;
import io.rivulet.sql.plan.Limit;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.RowBatches;
import io.rivulet.util.CallSite;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The actions of a DataFrame: each runs the query's lineage of batches as one job of the engine and turns the
 * batches into rows only here, at the edge.
 */
public final class Actions {
    private Actions() {}

    /** Every row, in the plan's order (partition by partition). */
    public static List<Row> collect(SqlSession session, LogicalPlan plan, String action) {
        QueryExecution execution = session.execute(plan);
        StructType schema = execution.analyzed().schema();
        String name = jobName(action);
        List<List<ColumnBatch>> parts = execution.run(
                batches -> RivuletInternals.runJob(session.rivulet(), batches, (context, it) -> drain(it), name));
        List<Row> rows = new ArrayList<>();
        for (List<ColumnBatch> part : parts) {
            for (ColumnBatch batch : part) {
                rows.addAll(RowBatches.toRows(batch, schema));
            }
        }
        return rows;
    }

    private static List<ColumnBatch> drain(Iterator<ColumnBatch> batches) {
        List<ColumnBatch> all = new ArrayList<>();
        while (batches.hasNext()) {
            ColumnBatch batch = batches.next();
            if (batch.numRows() > 0) {
                all.add(batch);
            }
        }
        return all;
    }

    /** The first {@code n} rows: a limit over the plan, so that partitions past them are not computed in full. */
    public static List<Row> take(SqlSession session, LogicalPlan plan, int n, String action) {
        if (n < 0) {
            throw new IllegalArgumentException("The limit expression must be equal to or greater than 0, but got " + n);
        }
        if (n == 0) {
            return Collections.emptyList();
        }
        return collect(session, Limit.of(n, plan), action);
    }

    /**
     * The number of rows. The plan is projected onto no columns first, so that the optimizer prunes every column
     * down to the sources and nothing is decoded; the rows of the batches are added up.
     */
    public static long count(SqlSession session, LogicalPlan plan) {
        QueryExecution execution = session.execute(new Project(List.of(), plan));
        String name = jobName("count");
        List<Long> counts = execution.run(batches -> RivuletInternals.runJob(
                session.rivulet(),
                batches,
                (context, it) -> {
                    long rows = 0;
                    while (it.hasNext()) {
                        rows += it.next().numRows();
                    }
                    return rows;
                },
                name));
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        return total;
    }

    /** The rows as an RDD: the query's batches turned into rows a partition at a time. */
    public static RDD<Row> rows(SqlSession session, LogicalPlan plan) {
        QueryExecution execution = session.execute(plan);
        StructType schema = execution.analyzed().schema();
        BaseRDD<Row> rows = new MapPartitionsRDD<ColumnBatch, Row>(
                execution.toRdd(), "rdd", (context, index, batches) -> new RowIterator(batches, schema), false);
        return RivuletInternals.wrap(session.rivulet(), rows);
    }

    /** Each row as a JSON object, one string column {@code value}: Spark's {@code toJSON}, a partition at a time. */
    public static RDD<Row> jsonLines(SqlSession session, LogicalPlan plan) {
        QueryExecution execution = session.execute(plan);
        JsonLines json =
                new JsonLines(execution.analyzed().schema(), session.conf().timeZone());
        BaseRDD<Row> rows = new MapPartitionsRDD<ColumnBatch, Row>(
                execution.toRdd(), "toJSON", (context, index, batches) -> json.rows(batches), false);
        return RivuletInternals.wrap(session.rivulet(), rows);
    }

    private static String jobName(String action) {
        return action + " at " + CallSite.capture();
    }

    /** The rows of batches, one batch converted at a time. */
    private static final class RowIterator implements Iterator<Row> {
        private final Iterator<ColumnBatch> batches;
        private final StructType schema;
        private Iterator<Row> current = Collections.emptyIterator();

        RowIterator(Iterator<ColumnBatch> batches, StructType schema) {
            this.batches = batches;
            this.schema = schema;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && batches.hasNext()) {
                current = RowBatches.toRows(batches.next(), schema).iterator();
            }
            return current.hasNext();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return current.next();
        }
    }
}
