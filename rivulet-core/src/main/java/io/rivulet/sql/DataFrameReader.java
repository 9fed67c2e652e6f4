package io.rivulet.sql;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.datasource.DataSources;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.ScanRelation;
import io.rivulet.sql.session.Frames;
import io.rivulet.sql.session.SqlSession;
import io.rivulet.sql.sources.SourceRequest;
import io.rivulet.sql.sources.Table;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a DataFrame from a data source, as Spark's {@code DataFrameReader}: {@code rv.read().format("csv")
 * .option("header", true).schema(schema).load("data/*.csv")}, or the shortcuts {@link #json}, {@link #csv},
 * {@link #text}. Options are the source's (names case-insensitive; see {@code docs/type-mappings.md} and each
 * source); the files are listed, and the schema inferred when none is given, when {@code load} is called, so that a
 * missing path fails there ({@code [PATH_NOT_FOUND] Path does not exist: file:/x.}). Not thread-safe: a builder.
 */
public final class DataFrameReader {
    private final SqlSession session;
    private String format = "parquet";
    private final Map<String, String> options = new LinkedHashMap<>();
    private Optional<StructType> schema = Optional.empty();

    DataFrameReader(SqlSession session) {
        this.session = requireNonNull(session, "session is null");
    }

    /** The source: {@code json}, {@code csv}, {@code text}, a module's ({@code parquet}), or a provider's class name. */
    public DataFrameReader format(String source) {
        this.format = requireNonNull(source, "source is null");
        return this;
    }

    public DataFrameReader option(String key, String value) {
        options.put(requireNonNull(key, "key is null"), value);
        return this;
    }

    public DataFrameReader option(String key, boolean value) {
        return option(key, String.valueOf(value));
    }

    public DataFrameReader option(String key, long value) {
        return option(key, String.valueOf(value));
    }

    public DataFrameReader option(String key, double value) {
        return option(key, String.valueOf(value));
    }

    public DataFrameReader options(Map<String, String> more) {
        more.forEach(this::option);
        return this;
    }

    /** The schema to read with, instead of the source's own or inferred one. */
    public DataFrameReader schema(StructType given) {
        this.schema = Optional.of(requireNonNull(given, "schema is null"));
        return this;
    }

    /** Loads the {@code path} option's path (or a source that needs none). */
    public DataFrame load() {
        String path = options.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("path"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        return load(path == null ? List.of() : List.of(path));
    }

    /** Loads files, directories and globs. */
    public DataFrame load(String... paths) {
        return load(Arrays.asList(paths));
    }

    private DataFrame load(List<String> paths) {
        SourceRequest request = new SourceRequest(
                paths, options, schema, List.of(), SaveMode.ERROR_IF_EXISTS, DataSources.settings(session.conf()));
        Table table = DataSources.lookup(format).table(request);
        List<AttributeReference> attributes = new ArrayList<>();
        for (StructField field : table.schema().fields()) {
            attributes.add(AttributeReference.of(field.name(), field.dataType(), field.nullable()));
        }
        return Frames.frame(session, new ScanRelation(table, attributes, List.of()));
    }

    /** JSON Lines files (or whole JSON documents with {@code multiLine}), the schema inferred unless given. */
    public DataFrame json(String... paths) {
        return format("json").load(paths);
    }

    /** CSV files; all columns strings named {@code _c0}.. unless {@code header}, {@code inferSchema} or a schema say. */
    public DataFrame csv(String... paths) {
        return format("csv").load(paths);
    }

    /** Text files: a string column {@code value}, a row per line (or per file with {@code wholetext}). */
    public DataFrame text(String... paths) {
        return format("text").load(paths);
    }

    /** Spark's {@code textFile} (a {@code Dataset<String>}): here the DataFrame of the one column {@code value}. */
    public DataFrame textFile(String... paths) {
        if (schema.isPresent()) {
            throw new UnsupportedOperationException("User specified schema not supported with `textFile`");
        }
        return text(paths);
    }
}
