/**
 * Internal: the lineage graph. {@link io.rivulet.rdd.BaseRDD} is the engine side of an RDD (partitions,
 * dependencies, compute); one class per shape of dependency: {@code MapPartitionsRDD} for every per-element
 * transform, {@code ShuffledRDD} for the reduce side of a shuffle, {@code CoGroupedRDD}, {@code UnionRDD},
 * {@code CoalescedRDD}, {@code CartesianRDD}, and the sources.
 */
package io.rivulet.rdd;
