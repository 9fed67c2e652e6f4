package io.rivulet.sql;

import static java.util.Objects.requireNonNull;

import io.rivulet.internal.RivuletInternals;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.datasource.DataSources;
import io.rivulet.sql.datasource.WriteJobRunner;
import io.rivulet.sql.datasource.file.FileWriteJob;
import io.rivulet.sql.execution.ExecutionContext;
import io.rivulet.sql.execution.PhysicalPlan;
import io.rivulet.sql.execution.PlanGraphs;
import io.rivulet.sql.session.Frames;
import io.rivulet.sql.session.QueryExecution;
import io.rivulet.sql.session.SqlSession;
import io.rivulet.sql.sources.SourceRequest;
import io.rivulet.sql.sources.TableProvider;
import io.rivulet.sql.sources.WriteJob;
import io.rivulet.sql.vector.ColumnBatch;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Saves a DataFrame to a data source, as Spark's {@code DataFrameWriter}: {@code df.write().mode("overwrite")
 * .option("header", true).partitionBy("year").csv("out")}. The save mode is applied first: {@code error} (the
 * default) fails if anything is at the path, {@code ignore} then does nothing, {@code append} adds files,
 * {@code overwrite} replaces the old output when the job commits. The DataFrame's plan then runs as one job whose
 * tasks write their partitions through the source's {@link WriteJob}: a job that fails leaves no output and an old
 * one as it was. Not thread-safe: a builder.
 */
public final class DataFrameWriter {
    private final DataFrame frame;
    private String format = "parquet";
    private SaveMode mode = SaveMode.ERROR_IF_EXISTS;
    private final Map<String, String> options = new LinkedHashMap<>();
    private List<String> partitionBy = List.of();

    DataFrameWriter(DataFrame frame) {
        this.frame = requireNonNull(frame, "frame is null");
    }

    /** {@code overwrite}, {@code append}, {@code ignore}, {@code error} or {@code errorifexists}. */
    public DataFrameWriter mode(String saveMode) {
        return mode(SaveMode.fromName(requireNonNull(saveMode, "saveMode is null")));
    }

    public DataFrameWriter mode(SaveMode saveMode) {
        this.mode = requireNonNull(saveMode, "saveMode is null");
        return this;
    }

    public DataFrameWriter format(String source) {
        this.format = requireNonNull(source, "source is null");
        return this;
    }

    public DataFrameWriter option(String key, String value) {
        options.put(requireNonNull(key, "key is null"), value);
        return this;
    }

    public DataFrameWriter option(String key, boolean value) {
        return option(key, String.valueOf(value));
    }

    public DataFrameWriter option(String key, long value) {
        return option(key, String.valueOf(value));
    }

    public DataFrameWriter option(String key, double value) {
        return option(key, String.valueOf(value));
    }

    public DataFrameWriter options(Map<String, String> more) {
        more.forEach(this::option);
        return this;
    }

    /** Writes a {@code column=value/} directory per distinct value of these columns, which leave the files. */
    public DataFrameWriter partitionBy(String... columns) {
        this.partitionBy = List.copyOf(Arrays.asList(columns));
        return this;
    }

    /** Saves to the {@code path} option's path. */
    public void save() {
        Optional<String> path = options.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("path"))
                .map(Map.Entry::getValue)
                .findFirst();
        save(path.orElseThrow(() -> new IllegalArgumentException("'path' is not specified")));
    }

    public void save(String path) {
        requireNonNull(path, "path is null");
        TableProvider provider = DataSources.lookup(format);
        SqlSession session = Frames.session(frame);
        Path target = Path.of(path.startsWith("file:") ? path.replaceFirst("^file:(//)?", "") : path)
                .toAbsolutePath()
                .normalize();
        FileWriteJob.recoverInterruptedOverwrite(target);
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (exists && mode == SaveMode.ERROR_IF_EXISTS) {
            throw new AnalysisException(
                    "PATH_ALREADY_EXISTS",
                    "Path file:" + target
                            + " already exists. Set mode as \"overwrite\" to overwrite the existing path.");
        }
        if (exists && mode == SaveMode.IGNORE) {
            return;
        }
        SourceRequest request = new SourceRequest(
                List.of(target.toString()),
                options,
                Optional.empty(),
                partitionBy,
                mode,
                DataSources.settings(session.conf()));
        WriteJob job = provider.writeJob(request, frame.schema())
                .orElseThrow(() -> new UnsupportedOperationException(
                        "The " + provider.shortName() + " data source does not support writing"));
        QueryExecution execution;
        try {
            execution = session.execute(Frames.plan(frame));
        } catch (RuntimeException e) {
            job.abort();
            throw e;
        }
        // The write job carries the query's plan, as an action's job does.
        ExecutionContext context = execution.newContext();
        PhysicalPlan physical = execution.physical();
        RivuletInternals.withJobPlan(session.rivulet(), () -> PlanGraphs.of(physical, context.metrics()), () -> {
            BaseRDD<ColumnBatch> batches;
            try {
                batches = execution.toRdd(context);
            } catch (RuntimeException e) {
                job.abort();
                throw e;
            }
            WriteJobRunner.run(session.rivulet(), batches, job, provider.shortName() + " at " + target);
            return null;
        });
    }

    public void json(String path) {
        format("json").save(path);
    }

    public void csv(String path) {
        format("csv").save(path);
    }

    public void text(String path) {
        format("text").save(path);
    }
}
