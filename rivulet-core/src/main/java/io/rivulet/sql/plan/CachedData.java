package io.rivulet.sql.plan;

import io.rivulet.StorageLevel;

/**
 * A cached query's data as the logical plan sees it: which plan it caches, at which level, and what it weighs.
 * Implemented by the execution layer (which stores the batches in the block manager); the logical plan only needs
 * to know it is there.
 */
public interface CachedData {
    /** The analyzed plan whose rows are cached. */
    LogicalPlan plan();

    StorageLevel storageLevel();

    /** The bytes stored once every partition is cached; the plan's estimate before. */
    Statistics statistics();
}
