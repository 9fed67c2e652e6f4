package io.rivulet.sql.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.StorageLevel;
import io.rivulet.internal.RivuletInternals;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.MapPartitionsRDD;
import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.CachedRelation;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.RddRelation;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code cache()}: the cached plan's rows come back from the block manager (the source is not computed again),
 * later queries over it read only the columns they use, its size is what the block manager stores, and
 * uncaching drops the blocks.
 */
class CacheTest extends EngineTestBase {
    private final List<AttributeReference> attributes = TestData.attributes();

    /**
     * Fory, building its serializer of a class with object fields ({@code CachedBatch}'s {@code byte[][]}) for the
     * first time in the JVM, warms the fields' types on {@code ForkJoinPool.commonPool()}, whose worker then idles
     * for a minute: a thread the leak check would count against the cache. So the serializer is built once here,
     * before the snapshot (Fory keeps it for the JVM).
     */
    @Override
    void beforeSnapshot() throws java.io.IOException {
        io.rivulet.serializer.ForySerializer fory =
                new io.rivulet.serializer.ForySerializer(getClass().getClassLoader());
        try {
            ColumnBatch batch = new TestData(1).batch(10, attributes, 5);
            io.rivulet.sql.vector.CachedBatch cached =
                    io.rivulet.sql.vector.CacheCodec.encode(batch, PhysicalPlan.schemaOf(attributes));
            fory.writeAll(List.of(cached).iterator(), new java.io.ByteArrayOutputStream());
        } finally {
            fory.close();
        }
        java.util.concurrent.ForkJoinPool.commonPool().awaitQuiescence(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** A relation over an RDD that counts the partitions it computes. */
    private RddRelation counted(List<ColumnBatch> batches, AtomicInteger computed) {
        BaseRDD<ColumnBatch> source =
                LocalTableScanExec.of(attributes, batches, 3).execute(context());
        BaseRDD<ColumnBatch> counting = new MapPartitionsRDD<ColumnBatch, ColumnBatch>(
                source,
                "count",
                (task, partition, input) -> {
                    computed.incrementAndGet();
                    return input;
                },
                false);
        return new RddRelation("counted", counting, attributes);
    }

    private List<List<Object>> run(LogicalPlan analyzed) {
        LogicalPlan withCaches = session.cacheManager().useCachedData(analyzed);
        PhysicalPlan physical = new Planner(session).plan(withCaches);
        return TestData.collect(physical, context());
    }

    @Test
    void aCachedPlanIsComputedOnceAndReadWithOnlyTheColumnsUsed() {
        TestData data = new TestData(5);
        List<ColumnBatch> batches = data.batches(50_000, attributes, 100);
        AtomicInteger computed = new AtomicInteger();
        LogicalPlan cachedPlan = new Project(
                List.of(
                        attributes.get(0),
                        attributes.get(3),
                        Alias.of(new TestExpressions.Times(attributes.get(0), 2), "k2")),
                counted(batches, computed));
        CacheManager cache = session.cacheManager();
        CachedRelation relation = cache.cache(cachedPlan, StorageLevel.MEMORY_AND_DISK);
        assertThat(cache.lookup(cachedPlan)).contains(relation);
        assertThat(cache.cache(cachedPlan, StorageLevel.DISK_ONLY))
                .as("cached once")
                .isSameAs(relation);
        assertThat(cache.cachedSizeInBytes(cachedPlan))
                .as("nothing stored before a job")
                .isZero();

        List<List<Object>> first = run(cachedPlan);
        assertThat(computed).hasValue(3);
        long size = cache.cachedSizeInBytes(cachedPlan);
        assertThat(size).isPositive();
        assertThat(((InMemoryCache) relation.data()).storedPartitions()).isEqualTo(3);
        assertThat(relation.statistics().sizeInBytes()).isEqualTo(size);

        AttributeReference s = attributes.get(3);
        LogicalPlan query =
                new Project(List.of(s), new Filter(new TestExpressions.GreaterThan(attributes.get(0), 10), cachedPlan));
        LogicalPlan substituted = cache.useCachedData(query);
        assertThat(substituted.treeString()).contains("InMemoryRelation");
        assertThat(new Planner(session).plan(substituted).treeString())
                .endsWith("InMemoryTableScan [" + attributes.get(0) + ", " + s + "]\n");
        List<List<Object>> filtered = run(query);
        assertThat(computed).as("the second query reads the cache").hasValue(3);

        List<List<Object>> expected = new ArrayList<>();
        List<List<Object>> expectedFiltered = new ArrayList<>();
        for (List<Object> row : TestData.rows(batches)) {
            Long k = (Long) row.get(0);
            expected.add(java.util.Arrays.asList(k, row.get(3), k == null ? null : k * 2));
            if (k != null && k > 10) {
                expectedFiltered.add(java.util.Collections.singletonList(row.get(3)));
            }
        }
        assertThat(first).isEqualTo(expected);
        assertThat(filtered).isEqualTo(expectedFiltered);

        assertThat(cache.uncache(cachedPlan)).isTrue();
        assertThat(cache.lookup(cachedPlan)).isEmpty();
        assertThat(cache.cachedSizeInBytes(cachedPlan)).isZero();
        assertThat(RivuletInternals.engine(rv).blockManager().summaries()).isEmpty();
        assertThat(run(cachedPlan)).isEqualTo(expected);
        assertThat(computed).as("after uncache the source runs again").hasValue(6);
    }

    @Test
    void aCacheOnDiskOnlyRoundTripsThroughTheSerializer() {
        TestData data = new TestData(6);
        List<ColumnBatch> batches = data.batches(20_000, attributes, 100);
        AtomicInteger computed = new AtomicInteger();
        LogicalPlan plan = counted(batches, computed);
        session.cacheManager().cache(plan, StorageLevel.DISK_ONLY);
        List<List<Object>> first = run(plan);
        List<List<Object>> second = run(plan);
        assertThat(first).isEqualTo(TestData.rows(batches));
        assertThat(second).isEqualTo(first);
        assertThat(computed).hasValue(3);
        assertThat(RivuletInternals.engine(rv).blockManager().summaries().values())
                .allSatisfy(summary -> assertThat(summary.diskBytes()).isPositive());
        session.cacheManager().clear();
        assertThat(session.cacheManager().isEmpty()).isTrue();
    }
}
