package io.rivulet.rdd;

/**
 * An edge of the lineage graph: the parent RDD a child reads from, and how.
 * A {@link NarrowDependency} lets each child partition read a few known parent partitions, so both can be
 * pipelined in one task; a {@link ShuffleDependency} means every child partition reads from every parent
 * partition, which is where the DAG scheduler cuts stages.
 */
public abstract sealed class Dependency permits NarrowDependency, ShuffleDependency {
    private final BaseRDD<?> rdd;

    protected Dependency(BaseRDD<?> rdd) {
        this.rdd = rdd;
    }

    public BaseRDD<?> rdd() {
        return rdd;
    }
}
