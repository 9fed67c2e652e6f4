package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.StorageLevel;
import io.rivulet.sql.plan.CachedRelation;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.session.SqlSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The cached queries of a session, as Spark's {@code CacheManager}: {@code df.cache()} registers the DataFrame's
 * analyzed plan ({@link #cache}); every query's analyzed plan then has each subtree equal to a cached plan
 * replaced by a {@link CachedRelation} before it is optimized ({@link #useCachedData}), which the planner reads
 * with an {@link InMemoryTableScanExec}. Plans are matched by equality (plans are values: the same DataFrame's plan,
 * or a rebuilt equal one). The cached data fills as the first job reads it. Thread-safe.
 */
public final class CacheManager {
    private final SqlSession session;
    private final Map<LogicalPlan, CachedRelation> cached = new LinkedHashMap<>();

    public CacheManager(SqlSession session) {
        this.session = requireNonNull(session, "session is null");
    }

    /**
     * Caches the rows of {@code analyzed} at {@code level} (Spark's default for DataFrames is
     * {@code MEMORY_AND_DISK}); a plan cached already keeps its first level, as in Spark. The plan is optimized and
     * planned now, with the caches registered before it, so that it never reads itself.
     */
    public CachedRelation cache(LogicalPlan analyzed, StorageLevel level) {
        requireNonNull(analyzed, "analyzed is null");
        requireNonNull(level, "level is null");
        if (level == StorageLevel.NONE) {
            throw new IllegalArgumentException("cannot cache at storage level NONE");
        }
        synchronized (this) {
            CachedRelation existing = cached.get(analyzed);
            if (existing != null) {
                return existing;
            }
        }
        LogicalPlan withCaches = useCachedData(analyzed);
        PhysicalPlan physical =
                new Planner(session).plan(new io.rivulet.sql.optimizer.Optimizer(session.conf()).optimize(withCaches));
        InMemoryCache data = new InMemoryCache(session, analyzed, level, physical);
        CachedRelation relation = new CachedRelation(analyzed.output(), data);
        synchronized (this) {
            CachedRelation raced = cached.putIfAbsent(analyzed, relation);
            return raced != null ? raced : relation;
        }
    }

    /** The cache of a plan equal to {@code plan}, if there is one. */
    public synchronized Optional<CachedRelation> lookup(LogicalPlan plan) {
        return Optional.ofNullable(cached.get(plan));
    }

    /** Forgets the cache of {@code plan} and drops its stored blocks; false if it was not cached. */
    public boolean uncache(LogicalPlan plan) {
        CachedRelation removed;
        synchronized (this) {
            removed = cached.remove(plan);
        }
        if (removed == null) {
            return false;
        }
        ((InMemoryCache) removed.data()).drop();
        return true;
    }

    /** Forgets every cache. */
    public void clear() {
        Map<LogicalPlan, CachedRelation> all;
        synchronized (this) {
            all = new LinkedHashMap<>(cached);
            cached.clear();
        }
        all.values().forEach(relation -> ((InMemoryCache) relation.data()).drop());
    }

    /** Whether nothing is cached. */
    public synchronized boolean isEmpty() {
        return cached.isEmpty();
    }

    /**
     * {@code analyzed} with every subtree equal to a cached plan replaced by its {@link CachedRelation}, the
     * largest first (top down): what {@code QueryExecution} optimizes instead of the analyzed plan.
     */
    public LogicalPlan useCachedData(LogicalPlan analyzed) {
        synchronized (this) {
            if (cached.isEmpty()) {
                return analyzed;
            }
        }
        return analyzed.transformDown(node -> {
            if (node instanceof CachedRelation) {
                return node;
            }
            Optional<CachedRelation> hit = lookup(node);
            return hit.isPresent() ? hit.get() : node;
        });
    }

    /** The bytes stored for the cache of {@code plan} (memory and disk), 0 if none or not read yet. */
    public long cachedSizeInBytes(LogicalPlan plan) {
        return lookup(plan).map(r -> ((InMemoryCache) r.data()).storedBytes()).orElse(0L);
    }
}
