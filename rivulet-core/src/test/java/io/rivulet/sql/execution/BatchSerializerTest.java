package io.rivulet.sql.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.serializer.Serializer;
import io.rivulet.sql.vector.ColumnBatch;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exchange's serializer: round trips, tags, and the bucket writer's merging of small pieces. */
class BatchSerializerTest {
    private final TestData data = new TestData(7);
    private final List<io.rivulet.sql.expr.AttributeReference> attributes = TestData.attributes();
    private final BatchSerializer serializer = new BatchSerializer(PhysicalPlan.schemaOf(attributes));

    @Test
    void writesAndReadsBatchesAndPartitionedBatches() throws IOException {
        ColumnBatch a = data.batch(100, attributes, 10);
        ColumnBatch b = data.batch(0, attributes, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = serializer.writeAll(
                List.of(a, new PartitionedBatch(3, b), new PartitionedBatch(0, a))
                        .iterator(),
                out);
        Iterator<Object> read = serializer.readAll(new ByteArrayInputStream(out.toByteArray()));
        List<Object> records = new ArrayList<>();
        read.forEachRemaining(records::add);

        assertThat(written).isEqualTo(3);
        assertThat(records).hasSize(3);
        assertThat(TestData.rows((ColumnBatch) records.get(0))).isEqualTo(TestData.rows(a));
        assertThat(((PartitionedBatch) records.get(1)).partition()).isEqualTo(3);
        assertThat(((PartitionedBatch) records.get(1)).batch().numRows()).isZero();
        assertThat(TestData.rows(((PartitionedBatch) records.get(2)).batch())).isEqualTo(TestData.rows(a));
    }

    @Test
    void theBucketWriterMergesSmallPiecesIntoFullBatchesAndCountsWhatItWrites() throws IOException {
        List<ColumnBatch> pieces = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            pieces.add(data.batch(30, attributes, 10));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Serializer.RecordWriter writer = serializer.newWriter(out);
        for (ColumnBatch piece : pieces) {
            writer.write(new PartitionedBatch(5, piece));
        }
        assertThat(writer.pending()).isPositive();
        long frames = writer.finish();

        List<Object> records = new ArrayList<>();
        serializer.readAll(new ByteArrayInputStream(out.toByteArray())).forEachRemaining(records::add);
        assertThat(frames).isEqualTo(records.size()).isEqualTo(3); // 9,000 rows: 4,110 + 4,110 + 780
        List<ColumnBatch> read =
                records.stream().map(r -> ((PartitionedBatch) r).batch()).toList();
        assertThat(read).allSatisfy(batch -> assertThat(batch.numRows()).isLessThanOrEqualTo(4096 + 30));
        assertThat(TestData.rows(read)).isEqualTo(TestData.rows(pieces));
    }
}
