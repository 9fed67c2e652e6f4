package io.rivulet.sql.datasource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.RDD;
import io.rivulet.Rivulet;
import io.rivulet.internal.RivuletInternals;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.SaveMode;
import io.rivulet.sql.sources.WriteJob;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.RowBatches;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Write jobs run by the engine: tasks on worker slots, retried attempts, a failed job leaving nothing. */
class WriteJobRunnerTest {
    private static final StructType SCHEMA = new StructType().add("n", DataTypes.LongType);

    @TempDir
    Path dir;

    private static ColumnBatch batch(long from, long to) {
        java.util.List<io.rivulet.sql.Row> rows = new java.util.ArrayList<>();
        for (long n = from; n < to; n++) {
            rows.add(RowFactory.create(n));
        }
        return RowBatches.toBatch(rows, SCHEMA);
    }

    @Test
    void aJobWritesEveryPartitionAndAFailedJobLeavesTheOldOutput() throws Exception {
        Path out = dir.resolve("out");
        try (Rivulet rv = Rivulet.builder()
                .master("local[2]")
                .config("rivulet.task.maxFailures", "2")
                .build()) {
            RDD<ColumnBatch> batches = rv.parallelize(List.of(batch(0, 10), batch(10, 20), batch(20, 30)), 3);
            WriteJob job = DataSources.lookup("csv")
                    .writeJob(Sources.of("csv").request(out.toString()), SCHEMA)
                    .orElseThrow();
            WriteJobRunner.run(rv, RivuletInternals.node(batches), job, "csv");
            assertThat(Sources.of("csv").read(out)).hasSize(30);

            RDD<ColumnBatch> failing = batches.map(b -> {
                if (b.numRows() > 0 && ((io.rivulet.sql.vector.LongVector) b.column(0)).getLong(0) == 20) {
                    throw new IllegalStateException("boom");
                }
                return b;
            });
            WriteJob overwrite = DataSources.lookup("csv")
                    .writeJob(Sources.of("csv").mode(SaveMode.OVERWRITE).request(out.toString()), SCHEMA)
                    .orElseThrow();
            assertThatThrownBy(() -> WriteJobRunner.run(rv, RivuletInternals.node(failing), overwrite, "csv"))
                    .hasStackTraceContaining("boom");
            assertThat(Sources.of("csv").read(out)).hasSize(30);
            try (Stream<Path> siblings = Files.list(dir)) {
                assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("out");
            }
        }
    }
}
