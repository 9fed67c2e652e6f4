package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.StorageLevel;
import io.rivulet.internal.RivuletInternals;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.MapPartitionsRDD;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.CachedData;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Statistics;
import io.rivulet.sql.session.SqlSession;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.CacheCodec;
import io.rivulet.sql.vector.CachedBatch;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.storage.BlockManager;
import java.util.Iterator;
import java.util.List;

/**
 * The data of one cached query: its physical plan (planned when the query was cached) and, from the first job
 * that reads it, an RDD of its batches encoded with {@link CacheCodec} (each column compressed on its own,
 * dictionaries for repetitive strings), persisted at the cache's storage level. The engine's block manager keeps
 * the blocks: memory accounting, eviction (to disk at {@code MEMORY_AND_DISK}) and recomputing a lost partition
 * from the query's lineage work as for any persisted RDD. Thread-safe.
 */
public final class InMemoryCache implements CachedData {
    private final SqlSession session;
    private final LogicalPlan plan;
    private final StorageLevel level;
    private final PhysicalPlan physical;
    private final List<AttributeReference> output;
    private BaseRDD<CachedBatch> batches;
    private boolean dropped;

    InMemoryCache(SqlSession session, LogicalPlan plan, StorageLevel level, PhysicalPlan physical) {
        this.session = requireNonNull(session, "session is null");
        this.plan = requireNonNull(plan, "plan is null");
        this.level = requireNonNull(level, "level is null");
        this.physical = requireNonNull(physical, "physical is null");
        this.output = plan.output();
    }

    @Override
    public LogicalPlan plan() {
        return plan;
    }

    @Override
    public StorageLevel storageLevel() {
        return level;
    }

    /** The operators that compute the cached rows. */
    public PhysicalPlan physicalPlan() {
        return physical;
    }

    List<AttributeReference> output() {
        return output;
    }

    StructType schema() {
        return PhysicalPlan.schemaOf(output);
    }

    /** The persisted RDD of encoded batches; made on first use. */
    synchronized BaseRDD<CachedBatch> batches() {
        if (dropped) {
            throw new IllegalStateException("the cache of this plan was dropped:\n" + plan.treeString());
        }
        if (batches == null) {
            ExecutionContext context = new ExecutionContext(session.rivulet(), session.conf());
            StructType schema = schema();
            BaseRDD<CachedBatch> encoded = new MapPartitionsRDD<ColumnBatch, CachedBatch>(
                    physical.execute(context),
                    "cache",
                    (task, partition, input) -> encode(Batches.coalesce(input), schema),
                    false);
            encoded.setName("In-memory table " + output);
            RivuletInternals.wrap(session.rivulet(), encoded).persist(level);
            batches = encoded;
        }
        return batches;
    }

    private static Iterator<CachedBatch> encode(Iterator<ColumnBatch> input, StructType schema) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return input.hasNext();
            }

            @Override
            public CachedBatch next() {
                return CacheCodec.encode(input.next(), schema);
            }
        };
    }

    /** Bytes stored now, in memory and on disk; 0 before the first job that reads the cache. */
    public synchronized long storedBytes() {
        if (batches == null || dropped) {
            return 0;
        }
        BlockManager.StorageSummary summary = blockManager().summary(batches.id());
        return summary.memoryBytes() + summary.diskBytes();
    }

    /** How many partitions have a stored block. */
    public synchronized int storedPartitions() {
        if (batches == null || dropped) {
            return 0;
        }
        return blockManager().storedPartitions(batches.id()).size();
    }

    private BlockManager blockManager() {
        return RivuletInternals.engine(session.rivulet()).blockManager();
    }

    @Override
    public synchronized Statistics statistics() {
        if (batches != null && !dropped && storedPartitions() == batches.numPartitions()) {
            return Statistics.ofBytes(Math.max(1, storedBytes()));
        }
        return plan.statistics();
    }

    /** Drops the stored blocks; the cache cannot be read afterwards. */
    synchronized void drop() {
        if (batches != null && !dropped) {
            RivuletInternals.wrap(session.rivulet(), batches).unpersist();
        }
        dropped = true;
    }
}
