package io.rivulet;

import java.util.List;

/**
 * One RDD of a stage, as events describe it: enough to draw the lineage without holding the RDD.
 *
 * @param id the RDD's id
 * @param name its name ({@link RDD#setName}) or the operation that made it ({@code map}, {@code reduceByKey})
 * @param callSite where in the user's code it was made, as {@code File.java:line}
 * @param parentIds the ids of the RDDs it depends on
 * @param shuffleParentIds those of {@code parentIds} it reads through a shuffle
 * @param numPartitions its partition count
 * @param storageLevel how it is persisted ({@link StorageLevel#NONE} if it is not)
 */
public record RDDInfo(
        int id,
        String name,
        String callSite,
        List<Integer> parentIds,
        List<Integer> shuffleParentIds,
        int numPartitions,
        StorageLevel storageLevel) {

    public RDDInfo {
        parentIds = List.copyOf(parentIds);
        shuffleParentIds = List.copyOf(shuffleParentIds);
    }
}
