package io.rivulet.sql.plan;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.sources.Filter;
import io.rivulet.sql.sources.FilterStrings;
import io.rivulet.sql.sources.Table;
import java.util.List;

/**
 * A table of a data source. {@code output} is the columns read (every column of the table until column
 * pruning narrows it, in the table's order); {@code pushedFilters} are the filters the optimizer has offered the
 * source (it decides at planning which it applies; the plan keeps a {@code Filter} for the rest).
 */
public record ScanRelation(Table table, List<AttributeReference> output, List<Filter> pushedFilters)
        implements LeafNode {
    public ScanRelation {
        requireNonNull(table, "table is null");
        output = List.copyOf(output);
        pushedFilters = List.copyOf(pushedFilters);
    }

    @Override
    public Statistics statistics() {
        long size = table.estimatedSizeInBytes();
        if (size == Long.MAX_VALUE) {
            return Statistics.UNKNOWN;
        }
        int all = Math.max(1, table.schema().fields().length);
        return Statistics.ofBytes(Math.max(1, size * Math.max(1, output.size()) / all));
    }

    @Override
    public String nodeString() {
        return "Relation " + table.description() + Plans.list(output)
                + (pushedFilters.isEmpty() ? "" : ", PushedFilters: " + FilterStrings.list(pushedFilters));
    }

    /** Tables compare by identity: the same scan of the same table. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ScanRelation that
                && table == that.table
                && output.equals(that.output)
                && pushedFilters.equals(that.pushedFilters);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(table) * 31 + output.hashCode();
    }
}
