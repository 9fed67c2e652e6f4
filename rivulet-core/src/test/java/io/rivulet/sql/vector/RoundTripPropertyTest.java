package io.rivulet.sql.vector;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * On random schemas (every type, nested to depth 3, nulls where allowed) and random rows: rows to batches to the
 * shuffle format and the cache format and back give the same rows; gather, slice and the row-by-row copies of
 * builders agree with plain list operations on the rows (their slow twins).
 */
class RoundTripPropertyTest {
    private static final int SEEDS = 300;

    @Test
    void rowsSurviveBatchesAndBothCodecs() throws IOException {
        for (long seed = 0; seed < SEEDS; seed++) {
            RandomRows generator = new RandomRows(seed);
            SplittableRandom random = generator.random();
            StructType schema = generator.schema(6, 3);
            List<Row> rows = generator.rows(schema, random.nextInt(4) == 0 ? 0 : random.nextInt(60));
            String context = "seed " + seed + ", schema " + schema.simpleString();

            List<Row> viaShuffle = new ArrayList<>();
            List<Row> viaCache = new ArrayList<>();
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            Iterator<ColumnBatch> batches = RowBatches.fromRows(rows.iterator(), schema, 1 + random.nextInt(7));
            int batchCount = 0;
            while (batches.hasNext()) {
                ColumnBatch batch = batches.next();
                batchCount++;
                viaShuffle.addAll(
                        RowBatches.toRows(BatchCodec.decode(BatchCodec.encode(batch, schema), schema), schema));
                viaCache.addAll(RowBatches.toRows(CacheCodec.decode(CacheCodec.encode(batch, schema), schema), schema));
                BatchCodec.write(batch, schema, stream);
            }
            assertThat(batchCount).as(context).isEqualTo(rows.isEmpty() ? 0 : batchCount);
            assertThat(viaShuffle).as("shuffle format, %s", context).isEqualTo(rows);
            assertThat(viaCache).as("cache format, %s", context).isEqualTo(rows);

            List<Row> viaStream = new ArrayList<>();
            InputStream in = new ByteArrayInputStream(stream.toByteArray());
            for (ColumnBatch batch = BatchCodec.read(in, schema); batch != null; batch = BatchCodec.read(in, schema)) {
                viaStream.addAll(RowBatches.toRows(batch, schema));
            }
            assertThat(viaStream).as("a stream of frames, %s", context).isEqualTo(rows);
        }
    }

    @Test
    void gatherSliceAndCopiesAgreeWithListOperations() {
        for (long seed = 0; seed < SEEDS; seed++) {
            RandomRows generator = new RandomRows(seed);
            SplittableRandom random = generator.random();
            StructType schema = generator.schema(5, 3);
            List<Row> rows = generator.rows(schema, 1 + random.nextInt(40));
            String context = "seed " + seed + ", schema " + schema.simpleString();
            ColumnBatch batch = RowBatches.toBatch(rows, schema);

            int count = random.nextInt(2 * rows.size());
            int[] positions = new int[count + 3];
            List<Row> expected = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                positions[i] = random.nextInt(rows.size());
                expected.add(rows.get(positions[i]));
            }
            assertThat(RowBatches.toRows(batch.gather(positions, count), schema))
                    .as("gather, %s", context)
                    .isEqualTo(expected);

            int from = random.nextInt(rows.size() + 1);
            int to = from + random.nextInt(rows.size() - from + 1);
            assertThat(RowBatches.toRows(batch.slice(from, to), schema))
                    .as("slice %s..%s, %s", from, to, context)
                    .isEqualTo(rows.subList(from, to));

            List<ColumnVector> copied = new ArrayList<>();
            List<ColumnVector> internal = new ArrayList<>();
            for (ColumnVector column : batch.columns()) {
                VectorBuilder byRow = VectorBuilder.forType(column.type(), 0);
                VectorBuilder byInternal = VectorBuilder.forType(column.type(), 0);
                for (int i = 0; i < count; i++) {
                    byRow.appendFrom(column, positions[i]);
                    byInternal.appendInternal(column.getInternal(positions[i]));
                }
                copied.add(byRow.build());
                internal.add(byInternal.build());
            }
            assertThat(RowBatches.toRows(new ColumnBatch(count, copied), schema))
                    .as("appendFrom, %s", context)
                    .isEqualTo(expected);
            assertThat(RowBatches.toRows(new ColumnBatch(count, internal), schema))
                    .as("appendInternal, %s", context)
                    .isEqualTo(expected);
        }
    }

    @Test
    void projectedCacheReadsGiveTheProjectedRows() {
        for (long seed = 0; seed < 100; seed++) {
            RandomRows generator = new RandomRows(seed);
            SplittableRandom random = generator.random();
            StructType schema = generator.schema(6, 2);
            if (schema.length() == 0) {
                continue;
            }
            List<Row> rows = generator.rows(schema, random.nextInt(30));
            CachedBatch cached = CacheCodec.encode(RowBatches.toBatch(rows, schema), schema);
            int[] columns = random.ints(1 + random.nextInt(schema.length()), 0, schema.length())
                    .toArray();
            List<StructField> fields = new ArrayList<>();
            for (int column : columns) {
                fields.add(schema.field(column));
            }
            StructType projected = new StructType(fields);
            List<Row> expected = new ArrayList<>();
            for (Row row : rows) {
                Object[] values = new Object[columns.length];
                for (int i = 0; i < columns.length; i++) {
                    values[i] = row.get(columns[i]);
                }
                expected.add(RowFactory.create(values));
            }
            assertThat(RowBatches.toRows(CacheCodec.decode(cached, schema, columns), projected))
                    .as("seed %s, columns %s of %s", seed, java.util.Arrays.toString(columns), schema.simpleString())
                    .isEqualTo(expected);
        }
    }
}
