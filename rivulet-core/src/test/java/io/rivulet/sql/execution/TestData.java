package io.rivulet.sql.execution;

import io.rivulet.internal.RivuletInternals;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random batches for the operator tests (a long key with few distinct values, an int, a double, a string
 * from a small pool, each nullable with about 10% nulls), and the plain Java views of results that tests compare:
 * rows as lists of external values.
 */
final class TestData {
    static final String[] WORDS = {"apple", "b", "", "banana", "cherry", "日本", "apples", "zz", "a", "ab"};

    private final SplittableRandom random;

    TestData(long seed) {
        this.random = new SplittableRandom(seed);
    }

    SplittableRandom random() {
        return random;
    }

    /** Columns k (long), i (int), d (double), s (string). */
    static List<AttributeReference> attributes() {
        return List.of(
                AttributeReference.of("k", DataTypes.LongType, true),
                AttributeReference.of("i", DataTypes.IntegerType, true),
                AttributeReference.of("d", DataTypes.DoubleType, true),
                AttributeReference.of("s", DataTypes.StringType, true));
    }

    /** {@code rows} random rows in batches of random sizes (some tiny, some empty). */
    List<ColumnBatch> batches(int rows, List<AttributeReference> attributes, int keyRange) {
        List<ColumnBatch> batches = new ArrayList<>();
        int left = rows;
        while (left > 0) {
            int size = Math.min(left, random.nextInt(4) == 0 ? random.nextInt(5) : 1 + random.nextInt(3000));
            batches.add(batch(size, attributes, keyRange));
            left -= size;
        }
        return batches;
    }

    ColumnBatch batch(int rows, List<AttributeReference> attributes, int keyRange) {
        ColumnVector[] columns = new ColumnVector[attributes.size()];
        for (int c = 0; c < columns.length; c++) {
            DataType type = attributes.get(c).dataType();
            VectorBuilder builder = VectorBuilder.forType(type, rows);
            for (int r = 0; r < rows; r++) {
                builder.append(random.nextInt(10) == 0 ? null : value(type, keyRange));
            }
            columns[c] = builder.build();
        }
        return new ColumnBatch(rows, List.of(columns));
    }

    private Object value(DataType type, int keyRange) {
        if (type.equals(DataTypes.LongType)) {
            return (long) random.nextInt(keyRange) - keyRange / 2;
        } else if (type.equals(DataTypes.IntegerType)) {
            return random.nextInt();
        } else if (type.equals(DataTypes.DoubleType)) {
            int shape = random.nextInt(20);
            return shape == 0 ? Double.NaN : shape == 1 ? Double.NEGATIVE_INFINITY : random.nextGaussian() * 100;
        } else if (type.equals(DataTypes.StringType)) {
            return WORDS[random.nextInt(WORDS.length)];
        }
        throw new IllegalArgumentException(type.toString());
    }

    static List<List<Object>> rows(ColumnBatch batch) {
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < batch.numRows(); r++) {
            Object[] values = new Object[batch.numColumns()];
            for (int c = 0; c < values.length; c++) {
                values[c] = batch.column(c).get(r);
            }
            rows.add(Arrays.asList(values));
        }
        return rows;
    }

    static List<List<Object>> rows(List<ColumnBatch> batches) {
        List<List<Object>> rows = new ArrayList<>();
        for (ColumnBatch batch : batches) {
            rows.addAll(rows(batch));
        }
        return rows;
    }

    /** The batches of each partition of the plan's lineage, run as one job. */
    static List<List<ColumnBatch>> partitions(PhysicalPlan plan, ExecutionContext context) {
        BaseRDD<ColumnBatch> rdd = plan.execute(context);
        return RivuletInternals.runJob(
                context.rivulet(),
                rdd,
                (task, batches) -> {
                    List<ColumnBatch> all = new ArrayList<>();
                    batches.forEachRemaining(all::add);
                    return all;
                },
                "test collect");
    }

    /** Every row of the plan, partition after partition. */
    static List<List<Object>> collect(PhysicalPlan plan, ExecutionContext context) {
        List<List<Object>> rows = new ArrayList<>();
        for (List<ColumnBatch> partition : partitions(plan, context)) {
            rows.addAll(rows(partition));
        }
        return rows;
    }

    /** The rows as a sorted multiset, for order-insensitive comparisons. */
    static List<List<Object>> sorted(List<List<Object>> rows) {
        List<List<Object>> copy = new ArrayList<>(rows);
        copy.sort(ROWS);
        return copy;
    }

    /** Whether every row of {@code part} is in {@code all}, as many times at least (a sub-multiset). */
    static boolean containsAll(List<List<Object>> all, List<List<Object>> part) {
        java.util.Map<List<Object>, Integer> counts = new java.util.HashMap<>();
        for (List<Object> row : all) {
            counts.merge(row, 1, Integer::sum);
        }
        for (List<Object> row : part) {
            Integer left = counts.merge(row, -1, Integer::sum);
            if (left < 0) {
                return false;
            }
        }
        return true;
    }

    /** Any total order of rows of external values (nulls first). */
    static final Comparator<List<Object>> ROWS = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compareValues(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    /** SQL's order of external values, nulls first: what an ascending sort with NULLS FIRST gives. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue() ? 0 : Double.compare(x, y);
        }
        if (a instanceof String x && b instanceof String y) {
            return Arrays.compareUnsigned(
                    x.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    y.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return ((Comparable) a).compareTo(b);
    }
}
