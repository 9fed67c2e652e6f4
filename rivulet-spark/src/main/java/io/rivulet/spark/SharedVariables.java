package io.rivulet.spark;

import io.rivulet.task.RemoteAccumulator;
import io.rivulet.task.RemoteBroadcast;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;

/**
 * Rivulet's accumulators and broadcasts as Spark's: a copy of a Rivulet {@code LongAccumulator} in a task adds
 * to Spark's accumulator, which Spark reports to the driver with each finished task (a failed attempt's updates
 * are dropped); a Rivulet {@code Broadcast} ships Spark's handle, and each executor fetches the value once.
 */
final class SharedVariables {
    private SharedVariables() {}

    record Accumulator(LongAccumulator spark) implements RemoteAccumulator {
        @Override
        public void add(long value) {
            spark.add(value);
        }

        @Override
        public long sum() {
            return spark.sum();
        }

        @Override
        public long count() {
            return spark.count();
        }

        @Override
        public void reset() {
            spark.reset();
        }
    }

    record BroadcastHandle<T>(Broadcast<T> spark) implements RemoteBroadcast<T> {
        @Override
        public T value() {
            return spark.value();
        }

        @Override
        public void destroy() {
            spark.destroy();
        }
    }
}
