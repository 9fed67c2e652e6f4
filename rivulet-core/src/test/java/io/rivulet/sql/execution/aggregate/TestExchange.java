package io.rivulet.sql.execution.aggregate;

import io.rivulet.internal.RivuletInternals;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.MapPartitionsRDD;
import io.rivulet.serializer.Serializer;
import io.rivulet.sql.execution.ExecutionContext;
import io.rivulet.sql.execution.Partitioning;
import io.rivulet.sql.execution.PhysicalPlan;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Binder;
import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.BatchCodec;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The exchange the tests plan with (the planner's own is on another branch): hash or single partitioning of
 * batches through {@code RivuletInternals.shuffle}, the rows of each batch gathered per target partition.
 */
public record TestExchange(PhysicalPlan child, Partitioning partitioning) implements PhysicalPlan {
    /** One batch of rows bound for one partition. */
    record Routed(int partition, ColumnBatch batch) {}

    public static final Exchanges EXCHANGES = TestExchange::new;

    @Override
    public List<PhysicalPlan> children() {
        return List.of(child);
    }

    @Override
    public List<AttributeReference> output() {
        return child.output();
    }

    @Override
    public Partitioning outputPartitioning() {
        return partitioning;
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        int partitions = partitioning.numPartitions();
        List<Expression> keys = partitioning instanceof Partitioning.Hash hash
                ? new Binder(child.output()).bindAll(hash.expressions())
                : List.of();
        List<DataType> keyTypes = keys.stream().map(Expression::dataType).toList();
        StructType schema = io.rivulet.sql.types.DataTypes.createStructType(child.output().stream()
                .map(a -> io.rivulet.sql.types.DataTypes.createStructField(a.name(), a.dataType(), true))
                .toList());
        BaseRDD<ColumnBatch> input = child.execute(context);
        BaseRDD<Routed> routed = new MapPartitionsRDD<>(
                input, "route", (task, index, batches) -> route(batches, keys, keyTypes, partitions, context), false);
        BaseRDD<Routed> shuffled = RivuletInternals.shuffle(
                routed, "Exchange", partitions, Routed::partition, new RoutedSerializer(schema));
        return new MapPartitionsRDD<>(shuffled, "unroute", (task, index, records) -> unroute(records), false);
    }

    private static Iterator<Routed> route(
            Iterator<ColumnBatch> batches, List<Expression> keys, List<DataType> types, int n, ExecutionContext c) {
        EvalContext eval = new EvalContext(c.conf().timeZone(), c.conf().ansi(), 0);
        List<Routed> out = new ArrayList<>();
        while (batches.hasNext()) {
            ColumnBatch batch = batches.next();
            int rows = batch.numRows();
            if (rows == 0) {
                continue;
            }
            if (keys.isEmpty()) {
                out.add(new Routed(0, batch));
                continue;
            }
            ColumnVector[] vectors = new ColumnVector[keys.size()];
            for (int k = 0; k < vectors.length; k++) {
                vectors[k] = keys.get(k).eval(batch, eval);
            }
            long[] hashes = new long[rows];
            KeyValues.sortKeys(KeyShape.of(types), vectors, rows, hashes);
            int[][] positions = new int[n][rows];
            int[] counts = new int[n];
            for (int i = 0; i < rows; i++) {
                int p = (int) Math.floorMod(KeyValues.mix(hashes[i] ^ 0x5bd1e995L), (long) n);
                positions[p][counts[p]++] = i;
            }
            for (int p = 0; p < n; p++) {
                if (counts[p] > 0) {
                    out.add(new Routed(p, batch.gather(positions[p], counts[p])));
                }
            }
        }
        return out.iterator();
    }

    private static Iterator<ColumnBatch> unroute(Iterator<Routed> records) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public ColumnBatch next() {
                return records.next().batch();
            }
        };
    }

    @Override
    public String nodeString() {
        return "Exchange " + partitioning;
    }

    /** Routed batches as (partition, BatchCodec frame) pairs. */
    private record RoutedSerializer(StructType schema) implements Serializer {
        @Override
        public long writeAll(Iterator<?> records, OutputStream out) throws IOException {
            DataOutputStream data = new DataOutputStream(out);
            long count = 0;
            while (records.hasNext()) {
                Routed routed = (Routed) records.next();
                data.writeInt(routed.partition());
                BatchCodec.write(routed.batch(), schema, data);
                count++;
            }
            data.flush();
            return count;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> Iterator<T> readAll(InputStream in) {
            DataInputStream data = new DataInputStream(in);
            return (Iterator<T>) new Iterator<Routed>() {
                private Routed next = read();

                private Routed read() {
                    try {
                        int partition = data.readInt();
                        return new Routed(partition, BatchCodec.read(data, schema));
                    } catch (EOFException e) {
                        return null;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public Routed next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    Routed result = next;
                    next = read();
                    return result;
                }
            };
        }
    }
}
