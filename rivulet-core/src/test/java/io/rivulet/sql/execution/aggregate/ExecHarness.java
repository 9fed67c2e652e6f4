package io.rivulet.sql.execution.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.JobListener;
import io.rivulet.Rivulet;
import io.rivulet.SpillInfo;
import io.rivulet.internal.RivuletInternals;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.execution.ExecutionContext;
import io.rivulet.sql.execution.PhysicalPlan;
import io.rivulet.sql.session.SqlConf;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.testing.ThreadLeaks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A {@code Rivulet} to run operators in, and the checks after: no execution memory held after the jobs, no
 * spill file left under {@code rivulet.local.dir}, no thread left after close.
 */
public final class ExecHarness implements AutoCloseable {
    private final ThreadLeaks leaks = ThreadLeaks.snapshot();
    private final Path localDir;
    private final Rivulet rivulet;
    private final List<SpillInfo> spills = new CopyOnWriteArrayList<>();
    private final int shufflePartitions;

    private ExecHarness(Path localDir, String memory, String minSpill, int shufflePartitions) {
        this.localDir = localDir;
        this.shufflePartitions = shufflePartitions;
        Rivulet.Builder builder = Rivulet.builder()
                .master("local[2]")
                .appName("exec-test")
                .config("rivulet.local.dir", localDir.toString());
        if (memory != null) {
            builder.executorMemory(memory).config("rivulet.memory.minSpillBytes", minSpill);
        }
        this.rivulet = builder.build();
        rivulet.addListener(new JobListener() {
            @Override
            public void onSpill(SpillInfo spill) {
                spills.add(spill);
            }
        });
    }

    /** Plenty of memory. */
    public static ExecHarness start(Path localDir) {
        return new ExecHarness(localDir, null, null, 3);
    }

    /** A budget of {@code memory} ("256k") in which buffers over {@code minSpill} bytes may spill. */
    public static ExecHarness withMemory(Path localDir, String memory, String minSpill) {
        return new ExecHarness(localDir, memory, minSpill, 3);
    }

    public Rivulet rivulet() {
        return rivulet;
    }

    public SqlConf conf() {
        return conf(10L << 20);
    }

    public SqlConf conf(long broadcastThreshold) {
        return new SqlConf(shufflePartitions, broadcastThreshold, ZoneOffset.UTC, true, 128L << 20, 2);
    }

    public ExecutionContext context() {
        return new ExecutionContext(rivulet, conf());
    }

    public List<SpillInfo> spills() {
        return spills;
    }

    /** Every row of the plan's output, as lists of external values, in no particular order. */
    public List<List<Object>> collect(PhysicalPlan plan) {
        BaseRDD<ColumnBatch> rdd = plan.execute(context());
        List<List<List<Object>>> parts = RivuletInternals.runJob(
                rivulet,
                rdd,
                (context, batches) -> {
                    List<List<Object>> rows = new ArrayList<>();
                    while (batches.hasNext()) {
                        ColumnBatch batch = batches.next();
                        assertThat(batch.numColumns()).isEqualTo(plan.output().size());
                        for (int r = 0; r < batch.numRows(); r++) {
                            Object[] values = new Object[batch.numColumns()];
                            for (int c = 0; c < values.length; c++) {
                                values[c] = batch.column(c).get(r);
                            }
                            rows.add(Arrays.asList(values));
                        }
                    }
                    return rows;
                },
                "collect");
        List<List<Object>> all = new ArrayList<>();
        parts.forEach(all::addAll);
        assertThat(RivuletInternals.memoryManager(rivulet).executionUsed())
                .as("execution memory after the job")
                .isZero();
        assertThat(files())
                .as("spill files after the job (shuffle files stay until the Rivulet closes)")
                .filteredOn(path -> path.getFileName().toString().startsWith("spill-"))
                .isEmpty();
        return all;
    }

    /** The batch sizes of the plan's output, to check operators keep batches near 4096 rows. */
    public List<Integer> batchSizes(PhysicalPlan plan) {
        List<List<Integer>> parts = RivuletInternals.runJob(
                rivulet,
                plan.execute(context()),
                (context, batches) -> {
                    List<Integer> sizes = new ArrayList<>();
                    batches.forEachRemaining(b -> sizes.add(b.numRows()));
                    return sizes;
                },
                "sizes");
        List<Integer> all = new ArrayList<>();
        parts.forEach(all::addAll);
        return all;
    }

    private List<Path> files() {
        try (Stream<Path> walk = Files.walk(localDir)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        rivulet.close();
        assertThat(files()).as("files after close").isEmpty();
        leaks.assertNoneLeft();
    }
}
