package io.rivulet.rdd;

/** A partition that needs nothing but its index (shuffled and partitioner-aware RDDs). */
public record IndexedPartition(int index) implements Partition {}
