package io.rivulet.sql.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.expr.WindowExpression;
import io.rivulet.sql.expr.WindowFrame;
import io.rivulet.sql.expr.WindowSpecDefinition;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Aggregates over window frames (ROWS and RANGE, unbounded, current-row and offset bounds, with and without
 * partitioning and ordering) against a naive reference that, for every row, finds its frame by testing every
 * row of its partition.
 */
class WindowTest extends EngineTestBase {
    private final List<AttributeReference> attributes = TestData.attributes();
    private final AttributeReference k = attributes.get(0);
    private final AttributeReference s = attributes.get(3);

    private static long bound(SplittableRandom random, boolean lower) {
        return switch (random.nextInt(5)) {
            case 0 -> lower ? WindowFrame.UNBOUNDED_PRECEDING : WindowFrame.UNBOUNDED_FOLLOWING;
            case 1 -> WindowFrame.CURRENT_ROW;
            default -> random.nextInt(9) - 4;
        };
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void framesAgreeWithANaiveReference(long seed) {
        TestData data = new TestData(seed);
        SplittableRandom random = data.random();
        List<ColumnBatch> input =
                data.batches(random.nextInt(seed % 3 == 0 ? 3_000 : seed % 4 == 1 ? 40_000 : 12_000), attributes, 30);
        boolean range = seed % 2 == 0;
        WindowFrame frame = new WindowFrame(
                range ? WindowFrame.FrameType.RANGE : WindowFrame.FrameType.ROWS,
                bound(random, true),
                bound(random, false));
        boolean ascending = random.nextBoolean();
        boolean nullsFirst = random.nextBoolean();
        List<SortOrder> order = new ArrayList<>();
        order.add(new SortOrder(k, ascending, nullsFirst));
        if (!range) {
            for (int c = 1; c < 4; c++) { // a total order, so that ROWS frames are determined
                order.add(SortOrder.asc(attributes.get(c)));
            }
        }
        boolean partitioned = seed % 3 != 0;
        int partitionColumn = seed % 4 == 1 ? 0 : 3; // by k: many small partitions, cut into blocks
        List<Expression> partitionSpec = partitioned ? List.of(attributes.get(partitionColumn)) : List.of();
        WindowSpecDefinition spec = new WindowSpecDefinition(partitionSpec, order, Optional.of(frame));
        List<NamedExpression> functions = List.of(
                Alias.of(new WindowExpression(new TestSum(k, false), spec), "sum"),
                Alias.of(new WindowExpression(new TestSum(k, true), spec), "count"));
        PhysicalPlan plan = new EnsureRequirements(4)
                .apply(new WindowExec(functions, partitionSpec, order, LocalTableScanExec.of(attributes, input, 3)));

        List<List<Object>> actual = TestData.collect(plan, context());

        List<List<Object>> expected = reference(
                TestData.rows(input), partitioned ? partitionColumn : -1, frame, ascending, nullsFirst, range);
        assertThat(TestData.sorted(actual)).as("frame %s", frame).isEqualTo(TestData.sorted(expected));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void withoutAnOrderingTheFrameIsTheWholePartition(boolean partitioned) {
        TestData data = new TestData(partitioned ? 40 : 41);
        List<ColumnBatch> input = data.batches(9_000, attributes, 30);
        List<Expression> partitionSpec = partitioned ? List.of(s) : List.of();
        WindowSpecDefinition spec = new WindowSpecDefinition(partitionSpec, List.of(), Optional.empty());
        List<NamedExpression> functions = List.of(Alias.of(new WindowExpression(new TestSum(k, true), spec), "n"));
        PhysicalPlan plan = new EnsureRequirements(3)
                .apply(new WindowExec(
                        functions, partitionSpec, List.of(), LocalTableScanExec.of(attributes, input, 3)));
        assertThat(plan.treeString())
                .contains(partitioned ? "Exchange hashpartitioning(" + s : "Exchange SinglePartition");
        Map<Object, Long> counts = new LinkedHashMap<>();
        List<List<Object>> rows = TestData.rows(input);
        for (List<Object> row : rows) {
            counts.merge(partitioned ? row.get(3) : "all", row.get(0) == null ? 0L : 1L, Long::sum);
        }
        List<List<Object>> expected = new ArrayList<>();
        for (List<Object> row : rows) {
            List<Object> out = new ArrayList<>(row);
            out.add(counts.get(partitioned ? row.get(3) : "all"));
            expected.add(out);
        }
        assertThat(TestData.sorted(TestData.collect(plan, context()))).isEqualTo(TestData.sorted(expected));
    }

    /** For each row: its values, then sum(k) and count(k) over its frame, found by testing every partition row. */
    private static List<List<Object>> reference(
            List<List<Object>> rows,
            int partitionColumn,
            WindowFrame frame,
            boolean asc,
            boolean nullsFirst,
            boolean range) {
        Map<Object, List<List<Object>>> partitions = new LinkedHashMap<>();
        for (List<Object> row : rows) {
            Object key = partitionColumn >= 0 ? row.get(partitionColumn) : "all";
            partitions.computeIfAbsent(key, x -> new ArrayList<>()).add(row);
        }
        ExchangeTest.ColumnOrderingComparator keyOrder = new ExchangeTest.ColumnOrderingComparator(asc, nullsFirst);
        Comparator<List<Object>> order = (a, b) -> {
            int c = keyOrder.compare(a.get(0), b.get(0));
            return c != 0 ? c : TestData.ROWS.compare(a.subList(1, 4), b.subList(1, 4));
        };
        List<List<Object>> out = new ArrayList<>();
        for (List<List<Object>> partition : partitions.values()) {
            partition.sort(order);
            for (int i = 0; i < partition.size(); i++) {
                long sum = 0;
                long count = 0;
                for (int j = 0; j < partition.size(); j++) {
                    boolean in = range
                            ? inRange(partition.get(i).get(0), partition.get(j).get(0), frame, asc, keyOrder)
                            : inRows(i, j, frame);
                    Long value = (Long) partition.get(j).get(0);
                    if (in && value != null) {
                        sum += value;
                        count++;
                    }
                }
                List<Object> row = new ArrayList<>(partition.get(i));
                row.add(count == 0 ? null : sum);
                row.add(count);
                out.add(row);
            }
        }
        return out;
    }

    private static boolean inRows(int i, int j, WindowFrame frame) {
        boolean lowerOk = frame.lower() == WindowFrame.UNBOUNDED_PRECEDING || j >= i + frame.lower();
        boolean upperOk = frame.upper() == WindowFrame.UNBOUNDED_FOLLOWING || j <= i + frame.upper();
        return lowerOk && upperOk;
    }

    private static boolean inRange(
            Object current, Object other, WindowFrame frame, boolean asc, ExchangeTest.ColumnOrderingComparator order) {
        boolean lowerOk = frame.lower() == WindowFrame.UNBOUNDED_PRECEDING
                || order.compare(other, target(current, frame.lower(), asc)) >= 0;
        boolean upperOk = frame.upper() == WindowFrame.UNBOUNDED_FOLLOWING
                || order.compare(other, target(current, frame.upper(), asc)) <= 0;
        return lowerOk && upperOk;
    }

    private static Object target(Object current, long offset, boolean asc) {
        return current == null ? null : (Long) current + (asc ? offset : -offset);
    }
}
