package io.rivulet.sql.execution;

import io.rivulet.Rivulet;
import io.rivulet.StorageLevel;
import io.rivulet.internal.RivuletInternals;
import io.rivulet.sql.expr.Add;
import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.EvalMode;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.GreaterThan;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.Multiply;
import io.rivulet.sql.expr.Pmod;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.plan.LocalRelation;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.RangeRelation;
import io.rivulet.sql.session.SqlSession;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.List;
import java.util.function.Supplier;

/**
 * Rough throughput of the key operators on this machine ({@code local[2]}), best of three runs after a warm-up,
 * each checking its answer's row count: not a benchmark suite (see rivulet-bench), a number for the report.
 * Run with {@code java -cp ... io.rivulet.sql.execution.ExecutionThroughputMain}.
 */
public final class ExecutionThroughputMain {
    private ExecutionThroughputMain() {}

    public static void main(String[] args) {
        try (Rivulet rv =
                Rivulet.builder().master("local[2]").executorMemory("1g").build()) {
            SqlSession session = new SqlSession(rv);
            long n = 20_000_000;
            RangeRelation range = new RangeRelation(0, n, 1, 2, AttributeReference.of("id", DataTypes.LongType, false));
            AttributeReference id = range.id();
            Expression scrambled = new Pmod(
                    new Multiply(id, Literal.of(2_654_435_761L), EvalMode.LEGACY),
                    Literal.of(1_000_003L),
                    EvalMode.LEGACY);
            Alias key = Alias.of(scrambled, "key");
            LogicalPlan keyed = new Project(List.of(id, key), range);
            AttributeReference k = key.toAttribute();

            measure(session, "range", range, n);
            measure(
                    session,
                    "filter+project",
                    new Project(
                            List.of(Alias.of(new Add(id, Literal.of(1L)), "x")),
                            new io.rivulet.sql.plan.Filter(new GreaterThan(id, Literal.of(n / 2)), range)),
                    n / 2 - 1);
            measure(session, "project (scrambled key)", keyed, n);
            measure(session, "hash exchange", new io.rivulet.sql.plan.Repartition(List.of(k), 4, true, keyed), n);
            measure(
                    session,
                    "sort within partitions",
                    new io.rivulet.sql.plan.Sort(List.of(SortOrder.asc(k)), false, keyed),
                    n);
            measure(session, "global sort", new io.rivulet.sql.plan.Sort(List.of(SortOrder.asc(k)), true, keyed), n);
            measure(
                    session,
                    "top-10",
                    io.rivulet.sql.plan.Limit.of(
                            10, new io.rivulet.sql.plan.Sort(List.of(SortOrder.desc(k)), true, keyed)),
                    10);
            cacheSize(session);
        }
    }

    private static void measure(SqlSession session, String name, LogicalPlan plan, long expectedRows) {
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int run = 0; run < 4; run++) {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            long rows = count(session, plan);
            long nanos = System.nanoTime() - start;
            long cpu = processCpuNanos() - cpuStart;
            if (rows != expectedRows) {
                throw new AssertionError(name + ": " + rows + " rows, expected " + expectedRows);
            }
            if (run > 0) {
                best = Math.min(best, nanos);
                bestCpu = Math.min(bestCpu, cpu);
            }
        }
        long inputRows = 20_000_000;
        System.out.printf(
                "%-26s wall %8.1f ms  cpu %8.1f ms  %7.1f M input rows per cpu-second%n",
                name, best / 1e6, bestCpu / 1e6, inputRows / (bestCpu / 1e9) / 1e6);
    }

    /** CPU time of the whole process (every thread, the JIT and GC included): the machine is shared. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long count(SqlSession session, LogicalPlan plan) {
        PhysicalPlan physical = new Planner(session).plan(plan);
        List<Long> counts = RivuletInternals.runJob(
                session.rivulet(),
                physical.execute(new ExecutionContext(session.rivulet(), session.conf())),
                (task, batches) -> {
                    long rows = 0;
                    while (batches.hasNext()) {
                        rows += batches.next().numRows();
                    }
                    return rows;
                },
                "count");
        return counts.stream().mapToLong(Long::longValue).sum();
    }

    /** The cached size of 2M rows (a long id, a string of 100 distinct values, a double), against their raw size. */
    private static void cacheSize(SqlSession session) {
        TestData data = new TestData(1);
        List<AttributeReference> attributes = List.of(
                AttributeReference.of("id", DataTypes.LongType, false),
                AttributeReference.of("s", DataTypes.StringType, true),
                AttributeReference.of("d", DataTypes.DoubleType, true));
        Supplier<List<ColumnBatch>> batches = () -> {
            List<ColumnBatch> list = new java.util.ArrayList<>();
            for (int b = 0; b < 500; b++) {
                io.rivulet.sql.vector.LongVector.Builder ids =
                        io.rivulet.sql.vector.LongVector.builder(DataTypes.LongType, 4000);
                io.rivulet.sql.vector.BytesVector.Builder strings =
                        io.rivulet.sql.vector.BytesVector.builder(DataTypes.StringType, 4000);
                io.rivulet.sql.vector.DoubleVector.Builder doubles =
                        io.rivulet.sql.vector.DoubleVector.builder(DataTypes.DoubleType, 4000);
                for (int r = 0; r < 4000; r++) {
                    ids.append(b * 4000L + r);
                    strings.append("category-" + data.random().nextInt(100));
                    doubles.append(data.random().nextInt(10_000) / 100.0);
                }
                list.add(ColumnBatch.of(ids.build(), strings.build(), doubles.build()));
            }
            return list;
        };
        List<ColumnBatch> rows = batches.get();
        long raw = rows.stream().mapToLong(ColumnBatch::estimatedBytes).sum();
        LocalRelation relation = new LocalRelation(attributes, rows);
        session.cacheManager().cache(relation, StorageLevel.MEMORY_AND_DISK);
        long counted = count(session, session.cacheManager().useCachedData(relation));
        long cached = session.cacheManager().cachedSizeInBytes(relation);
        System.out.printf(
                "cache: %d rows, %d bytes as vectors, %d bytes cached (%.1f%%)%n",
                counted, raw, cached, 100.0 * cached / raw);
    }
}
