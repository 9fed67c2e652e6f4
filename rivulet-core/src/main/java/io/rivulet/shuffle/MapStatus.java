package io.rivulet.shuffle;

/** Where the output of one map task of a shuffle is, and how big each of its reduce partitions is. */
public record MapStatus(int mapId, MapOutput output) {}
