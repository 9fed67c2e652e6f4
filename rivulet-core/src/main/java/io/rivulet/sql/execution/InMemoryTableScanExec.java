package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.MapPartitionsRDD;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.plan.CachedRelation;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.CacheCodec;
import io.rivulet.sql.vector.CachedBatch;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a cached query ({@link CachedRelation}): the cache's persisted partitions (computed and stored by the
 * first job that reads them), decoding only the columns of {@code output} (each column is compressed on its own).
 * The cached plan's partitioning and ordering carry over, as far as {@code output} keeps their columns.
 */
public record InMemoryTableScanExec(List<AttributeReference> output, CachedRelation relation) implements PhysicalPlan {
    public InMemoryTableScanExec {
        output = List.copyOf(output);
        requireNonNull(relation, "relation is null");
    }

    private InMemoryCache cache() {
        return (InMemoryCache) relation.data();
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of();
    }

    @Override
    public Partitioning outputPartitioning() {
        return OutputProperties.partitioning(cache().physicalPlan().outputPartitioning(), output);
    }

    @Override
    public List<SortOrder> outputOrdering() {
        return OutputProperties.ordering(cache().physicalPlan().outputOrdering(), output);
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        InMemoryCache cache = cache();
        StructType schema = cache.schema();
        int[] columns = columnIndexes(cache.output());
        BaseRDD<CachedBatch> stored = cache.batches();
        BaseRDD<ColumnBatch> decoded = new MapPartitionsRDD<CachedBatch, ColumnBatch>(
                stored, "InMemoryTableScan", (task, partition, input) -> decode(input, schema, columns), false);
        return Operators.mapPartitions(context, this, decoded, (task, partition, batches) -> batches);
    }

    /** Where each column of {@code output} is among the cache's columns (by id). */
    private int[] columnIndexes(List<AttributeReference> cached) {
        int[] indexes = new int[output.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = -1;
            for (int c = 0; c < cached.size(); c++) {
                if (cached.get(c).exprId().equals(output.get(i).exprId())) {
                    indexes[i] = c;
                    break;
                }
            }
            if (indexes[i] < 0) {
                throw new IllegalStateException("the cache has no column " + output.get(i) + ": " + cached);
            }
        }
        return indexes;
    }

    private static Iterator<ColumnBatch> decode(Iterator<CachedBatch> input, StructType schema, int[] columns) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return input.hasNext();
            }

            @Override
            public ColumnBatch next() {
                return CacheCodec.decode(input.next(), schema, columns);
            }
        };
    }

    @Override
    public String nodeString() {
        return "InMemoryTableScan " + Operators.list(output);
    }
}
