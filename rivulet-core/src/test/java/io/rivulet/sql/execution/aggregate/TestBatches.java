package io.rivulet.sql.execution.aggregate;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Rows to batches and batches to partitions, for tests: random batch sizes, some partitions empty. */
public final class TestBatches {
    private TestBatches() {}

    public static ColumnBatch batch(List<DataType> types, List<List<Object>> rows) {
        List<ColumnVector> columns = new ArrayList<>();
        for (int c = 0; c < types.size(); c++) {
            VectorBuilder builder = VectorBuilder.forType(types.get(c), rows.size());
            for (List<Object> row : rows) {
                builder.append(row.get(c));
            }
            columns.add(builder.build());
        }
        return new ColumnBatch(rows.size(), columns);
    }

    /** {@code rows} spread over {@code partitions} partitions (in order), in batches of random sizes. */
    public static List<List<ColumnBatch>> partitions(
            List<DataType> types, List<List<Object>> rows, int partitions, SplittableRandom random) {
        List<List<ColumnBatch>> result = new ArrayList<>();
        int[] cuts = new int[partitions + 1];
        for (int p = 1; p < partitions; p++) {
            cuts[p] = random.nextInt(rows.size() + 1);
        }
        cuts[partitions] = rows.size();
        java.util.Arrays.sort(cuts);
        for (int p = 0; p < partitions; p++) {
            List<ColumnBatch> batches = new ArrayList<>();
            int from = cuts[p];
            while (from < cuts[p + 1]) {
                int size = 1 + random.nextInt(random.nextBoolean() ? 7 : 3000);
                int to = Math.min(cuts[p + 1], from + size);
                batches.add(batch(types, rows.subList(from, to)));
                from = to;
            }
            if (random.nextInt(5) == 0) {
                batches.add(batch(types, List.of()));
            }
            result.add(batches);
        }
        return result;
    }

    public static List<DataType> types(List<AttributeReference> attributes) {
        return attributes.stream().map(AttributeReference::dataType).toList();
    }

    public static BatchesExec source(
            List<AttributeReference> output, List<List<Object>> rows, int partitions, SplittableRandom random) {
        return new BatchesExec(output, partitions(types(output), rows, partitions, random));
    }
}
