package io.rivulet.sql.sources;

import io.rivulet.sql.types.StructType;
import java.util.Optional;

/**
 * A data source format ({@code json}, {@code csv}, {@code text}, {@code jdbc}; {@code parquet} and {@code avro}
 * in their own modules), found by {@link #shortName()} or class name through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.rivulet.sql.sources.TableProvider}). {@code rv.read().format(name)...load(path)}
 * asks it for a {@link Table} to read; {@code df.write().format(name)...save(path)} for a {@link WriteJob}.
 */
public interface TableProvider {
    /** The name users give {@code format(..)}: {@code json}. */
    String shortName();

    /**
     * The table the request names: its schema is {@code userSchema} when given (as Spark's
     * {@code .schema(..)}), else the source's own or inferred one. Bad options and missing paths fail here,
     * naming the option or path.
     */
    Table table(SourceRequest request);

    /**
     * A job writing a DataFrame of {@code schema} as the request says, or empty when this format only reads.
     * The save mode has been applied already: an existing output is only ever replaced under
     * {@code overwrite}, and then only when the job commits.
     */
    default Optional<WriteJob> writeJob(SourceRequest request, StructType schema) {
        return Optional.empty();
    }
}
