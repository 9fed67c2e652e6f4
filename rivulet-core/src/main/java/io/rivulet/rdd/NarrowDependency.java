package io.rivulet.rdd;

import java.util.List;

/** Each child partition depends on a small, known set of parent partitions. */
public abstract non-sealed class NarrowDependency extends Dependency {
    protected NarrowDependency(BaseRDD<?> rdd) {
        super(rdd);
    }

    /** The parent partitions that child partition {@code partitionId} reads. */
    public abstract List<Integer> getParents(int partitionId);

    /** Child partition i reads parent partition i: map, filter, mapPartitions and friends. */
    public static NarrowDependency oneToOne(BaseRDD<?> rdd) {
        return new NarrowDependency(rdd) {
            @Override
            public List<Integer> getParents(int partitionId) {
                return List.of(partitionId);
            }
        };
    }

    /** Child partitions [outStart, outStart + length) read parent partitions [inStart, ...): union. */
    public static NarrowDependency range(BaseRDD<?> rdd, int inStart, int outStart, int length) {
        return new NarrowDependency(rdd) {
            @Override
            public List<Integer> getParents(int partitionId) {
                if (partitionId >= outStart && partitionId < outStart + length) {
                    return List.of(partitionId - outStart + inStart);
                }
                return List.of();
            }
        };
    }
}
