package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.sources.FilterStrings;
import io.rivulet.sql.sources.PartitionReader;
import io.rivulet.sql.sources.Scan;
import io.rivulet.sql.sources.Table;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.List;

/**
 * A scan of a data source's table: one task per {@link io.rivulet.sql.sources.InputPartition} of the planned
 * {@link Scan}, each reading its partition's batches with the scan's reader, which the task closes when it ends
 * (completed, failed or killed) through a completion callback. The scan was planned with the columns the query
 * reads and the filters the optimizer offered; those it applies show as {@code PushedFilters}.
 */
public record DataSourceScanExec(Table table, List<AttributeReference> output, Scan scan) implements PhysicalPlan {
    public DataSourceScanExec {
        requireNonNull(table, "table is null");
        output = List.copyOf(output);
        requireNonNull(scan, "scan is null");
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of();
    }

    @Override
    public Partitioning outputPartitioning() {
        int partitions = scan.partitions().size();
        return partitions == 1 ? new Partitioning.Single() : new Partitioning.Unknown(partitions);
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        context.metrics().register(this);
        Scan planned = scan;
        return new SourceRDD<>(context.services(), "Scan", planned.partitions(), (partition, index, task) -> {
            PartitionReader reader = planned.reader(partition);
            task.addCompletionCallback(reader::close);
            return context.metrics().track(this, task, index, reader);
        });
    }

    @Override
    public String nodeString() {
        String description = table.description();
        int space = description.indexOf(' ');
        String format = space < 0 ? description : description.substring(0, space);
        String location = space < 0 ? "" : ", Location: " + description.substring(space + 1);
        return "Scan " + format + " " + Operators.compactList(output) + " PushedFilters: "
                + FilterStrings.list(scan.pushedFilters()) + ", ReadSchema: "
                + scan.readSchema().simpleString() + location;
    }
}
