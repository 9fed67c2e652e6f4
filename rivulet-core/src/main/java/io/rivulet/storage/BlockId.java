package io.rivulet.storage;

/** Names a stored block: partition {@code partition} of RDD {@code rddId}. */
public record BlockId(int rddId, int partition) {
    @Override
    public String toString() {
        return "rdd_" + rddId + "_" + partition;
    }
}
