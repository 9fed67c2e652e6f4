package io.rivulet.spark;

import static java.util.Objects.requireNonNull;

import io.rivulet.Partitioner;

/**
 * A Rivulet partitioner as Spark's: equal when the Rivulet ones are, so RDDs that Rivulet would call
 * co-partitioned are co-partitioned for Spark too, and Spark's joins and cogroups read them without a shuffle.
 */
final class SparkPartitioner extends org.apache.spark.Partitioner {
    private static final long serialVersionUID = 1L;

    private final Partitioner partitioner;

    SparkPartitioner(Partitioner partitioner) {
        this.partitioner = requireNonNull(partitioner, "partitioner is null");
    }

    Partitioner rivulet() {
        return partitioner;
    }

    @Override
    public int numPartitions() {
        return partitioner.numPartitions();
    }

    @Override
    public int getPartition(Object key) {
        return partitioner.getPartition(key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SparkPartitioner that && that.partitioner.equals(partitioner);
    }

    @Override
    public int hashCode() {
        return partitioner.hashCode();
    }

    @Override
    public String toString() {
        return "SparkPartitioner(" + partitioner + ")";
    }
}
