package io.rivulet.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.Partition;
import org.apache.spark.rdd.PartitionCoalescer;
import org.apache.spark.rdd.PartitionGroup;
import org.apache.spark.rdd.RDD;
import scala.Option;

/**
 * Spark's {@code coalesce} with Rivulet's groups of parent partitions (its narrow dependency's
 * {@code getParents} for each partition), so both engines put the same elements in the same partitions, in the
 * same order.
 */
final class GroupsCoalescer implements PartitionCoalescer, Serializable {
    private static final long serialVersionUID = 1L;

    private final List<List<Integer>> groups;

    GroupsCoalescer(List<List<Integer>> groups) {
        this.groups = List.copyOf(groups);
    }

    @Override
    public PartitionGroup[] coalesce(int maxPartitions, RDD<?> parent) {
        Partition[] parents = parent.partitions();
        PartitionGroup[] result = new PartitionGroup[groups.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = new PartitionGroup(Option.empty());
            for (int index : groups.get(i)) {
                result[i].partitions().$plus$eq(parents[index]);
            }
        }
        return result;
    }
}
