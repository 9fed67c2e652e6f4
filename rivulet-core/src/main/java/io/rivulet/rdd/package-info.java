/**
 * Internal: the lineage graph. {@link io.rivulet.rdd.BaseRDD} is the engine side of an RDD (partitions,
 * dependencies, compute) and reaches its {@code Rivulet} through {@code RddServices}; one class per shape of
 * dependency: {@code MapPartitionsRDD} for every per-element transform, {@code ShuffledRDD} (pairs) and
 * {@code ShuffledRecordsRDD} (any records) for the reduce side of a shuffle, {@code CoGroupedRDD},
 * {@code JoinedRDD}, {@code UnionRDD}, {@code CoalescedRDD}, {@code CartesianRDD}, the checkpoint RDDs and the
 * sources.
 */
package io.rivulet.rdd;
