package io.rivulet.sql.sources;

import io.rivulet.sql.types.StructType;
import java.util.List;

/**
 * What the plan reads of a table: {@code requiredSchema}, the table's columns it needs (in the table's order;
 * no columns at all for a {@code count()}), and the filters the optimizer offers (on the required columns or
 * others of the table; all of them must hold for a row to be kept).
 */
public record ScanRequest(StructType requiredSchema, List<Filter> filters) {
    public ScanRequest {
        java.util.Objects.requireNonNull(requiredSchema, "requiredSchema is null");
        filters = List.copyOf(filters);
    }
}
