package io.rivulet;

import static io.rivulet.util.Checks.checkNotNull;

import io.rivulet.function.FlatMapFunction;
import io.rivulet.function.FlatMapIteratorFunction;
import io.rivulet.function.Function;
import io.rivulet.function.Function2;
import io.rivulet.memory.Aggregator;
import io.rivulet.memory.ExternalAppendOnlyMap;
import io.rivulet.memory.PrimitiveReduce;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.CoGroupedRDD;
import io.rivulet.rdd.JoinedRDD;
import io.rivulet.rdd.MapPartitionsRDD;
import io.rivulet.rdd.Partitioners;
import io.rivulet.rdd.ShuffledRDD;
import io.rivulet.rdd.ZeroValues;
import io.rivulet.util.Iterators;
import io.rivulet.util.Orderings;
import io.rivulet.util.Products;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An RDD of key-value pairs, with the operations that work by key. Keys and values may be null.
 *
 * <p>Operations that need all values of a key together shuffle, unless the RDD is already partitioned by an
 * equal partitioner ({@link #partitionBy}), in which case they run without one. {@code reduceByKey},
 * {@code aggregateByKey}, {@code foldByKey} and {@code combineByKey} combine map-side: a map task sends at
 * most one value per key.
 */
public class PairRDD<K, V> extends RDD<Pair<K, V>> {

    PairRDD(Rivulet rivulet, BaseRDD<Pair<K, V>> node) {
        super(rivulet, node);
    }

    // ---- keyed transformations -------------------------------------------------------------------

    public RDD<K> keys() {
        return map(Pair::key);
    }

    public RDD<V> values() {
        return map(Pair::value);
    }

    /** Maps each value, keeping keys and so the partitioner. */
    public <W> PairRDD<K, W> mapValues(Function<? super V, ? extends W> fn) {
        checkNotNull(fn, "function");
        return pairNarrow(
                "mapValues",
                (context, index, it) -> Iterators.map(it, p -> Pair.of(p.key(), fn.call(p.value()))),
                true);
    }

    public <W> PairRDD<K, W> flatMapValues(FlatMapFunction<? super V, ? extends W> fn) {
        checkNotNull(fn, "function");
        return pairNarrow(
                "flatMapValues",
                (context, index, it) -> Iterators.flatMap(it, p -> {
                    Iterable<? extends W> values = fn.call(p.value());
                    // Lazily: a key may have more values than fit in memory (a skewed join).
                    return values == null
                            ? List.<Pair<K, W>>of()
                            : () -> Iterators.map(values.iterator(), value -> Pair.of(p.key(), (W) value));
                }),
                true);
    }

    /**
     * {@link #flatMapValues} with a function returning an {@link Iterator}, as Spark 2's Java API: code ported
     * from Spark keeps its {@code ... .iterator()}.
     */
    public <W> PairRDD<K, W> flatMapValuesIterator(FlatMapIteratorFunction<? super V, ? extends W> fn) {
        checkNotNull(fn, "function");
        return flatMapValues(value -> {
            Iterator<? extends W> values = fn.call(value);
            return values == null ? null : Iterators.<W>once(values);
        });
    }

    /** {@link #flatMapValues} whose function also gets the key (for the outer joins' messages). */
    private <W> PairRDD<K, W> flatMapValuesWithKey(Function2<K, V, Iterable<W>> fn) {
        return pairNarrow(
                "flatMapValues",
                (context, index, it) -> Iterators.flatMap(it, p -> {
                    Iterable<W> values = fn.call(p.key(), p.value());
                    return () -> Iterators.map(values.iterator(), value -> Pair.of(p.key(), value));
                }),
                true);
    }

    public PairRDD<K, V> reduceByKey(Function2<V, V, V> fn) {
        return reduceByKey(defaultPartitioner(), fn);
    }

    public PairRDD<K, V> reduceByKey(Function2<V, V, V> fn, int numPartitions) {
        checkPositive(numPartitions);
        return reduceByKey(new HashPartitioner(numPartitions), fn);
    }

    public PairRDD<K, V> reduceByKey(Partitioner partitioner, Function2<V, V, V> fn) {
        checkNotNull(fn, "function");
        return combineByKey(v -> v, fn, fn, partitioner, true, "reduceByKey", PrimitiveReduce.of(fn));
    }

    /** Like {@link #reduceByKey} with a neutral {@code zero} folded in first for each key (copied per key). */
    public PairRDD<K, V> foldByKey(V zero, Function2<V, V, V> fn) {
        return foldByKey(zero, defaultPartitioner(), fn);
    }

    public PairRDD<K, V> foldByKey(V zero, int numPartitions, Function2<V, V, V> fn) {
        checkPositive(numPartitions);
        return foldByKey(zero, new HashPartitioner(numPartitions), fn);
    }

    public PairRDD<K, V> foldByKey(V zero, Partitioner partitioner, Function2<V, V, V> fn) {
        checkNotNull(fn, "function");
        ZeroValues<V> zeros = new ZeroValues<>(zero);
        return combineByKey(v -> fn.call(zeros.copy(), v), fn, fn, partitioner, true, "foldByKey", null);
    }

    /** Per key, folds values into a copy of {@code zero} with {@code seqOp} and merges partials with {@code combOp}. */
    public <U> PairRDD<K, U> aggregateByKey(U zero, Function2<U, V, U> seqOp, Function2<U, U, U> combOp) {
        return aggregateByKey(zero, defaultPartitioner(), seqOp, combOp);
    }

    public <U> PairRDD<K, U> aggregateByKey(
            U zero, int numPartitions, Function2<U, V, U> seqOp, Function2<U, U, U> combOp) {
        checkPositive(numPartitions);
        return aggregateByKey(zero, new HashPartitioner(numPartitions), seqOp, combOp);
    }

    public <U> PairRDD<K, U> aggregateByKey(
            U zero, Partitioner partitioner, Function2<U, V, U> seqOp, Function2<U, U, U> combOp) {
        checkNotNull(seqOp, "seqOp");
        checkNotNull(combOp, "combOp");
        ZeroValues<U> zeros = new ZeroValues<>(zero);
        return combineByKey(v -> seqOp.call(zeros.copy(), v), seqOp, combOp, partitioner, true, "aggregateByKey", null);
    }

    public <C> PairRDD<K, C> combineByKey(
            Function<V, C> createCombiner, Function2<C, V, C> mergeValue, Function2<C, C, C> mergeCombiners) {
        return combineByKey(createCombiner, mergeValue, mergeCombiners, defaultPartitioner());
    }

    public <C> PairRDD<K, C> combineByKey(
            Function<V, C> createCombiner,
            Function2<C, V, C> mergeValue,
            Function2<C, C, C> mergeCombiners,
            int numPartitions) {
        checkPositive(numPartitions);
        return combineByKey(createCombiner, mergeValue, mergeCombiners, new HashPartitioner(numPartitions));
    }

    public <C> PairRDD<K, C> combineByKey(
            Function<V, C> createCombiner,
            Function2<C, V, C> mergeValue,
            Function2<C, C, C> mergeCombiners,
            Partitioner partitioner) {
        checkNotNull(createCombiner, "createCombiner");
        checkNotNull(mergeValue, "mergeValue");
        checkNotNull(mergeCombiners, "mergeCombiners");
        return combineByKey(createCombiner, mergeValue, mergeCombiners, partitioner, true, "combineByKey", null);
    }

    /**
     * The one implementation behind every combining operation. An RDD already partitioned by
     * {@code partitioner} is combined within each partition, without a shuffle.
     */
    private <C> PairRDD<K, C> combineByKey(
            Function<V, C> createCombiner,
            Function2<C, V, C> mergeValue,
            Function2<C, C, C> mergeCombiners,
            Partitioner partitioner,
            boolean mapSideCombine,
            String operation,
            PrimitiveReduce primitive) {
        checkNotNull(partitioner, "partitioner");
        Aggregator<V, C> aggregator = new Aggregator<>(createCombiner, mergeValue, mergeCombiners, primitive);
        if (node.partitioner().filter(partitioner::equals).isPresent()) {
            return pairNarrow(
                    operation,
                    (context, index, it) -> {
                        // Already partitioned: combine within the partition, under the same memory budget.
                        ExternalAppendOnlyMap<K, V, C> combined = new ExternalAppendOnlyMap<>(
                                engine().taskMemory(context), aggregator, operation + " map");
                        while (it.hasNext()) {
                            Pair<K, V> record = it.next();
                            combined.insertValue(record.key(), record.value());
                        }
                        return combined.iterator();
                    },
                    true);
        }
        return new PairRDD<>(
                rivulet, ShuffledRDD.create(node, operation, partitioner, aggregator, mapSideCombine, null));
    }

    /** All values of each key, in no particular order. Prefer {@link #reduceByKey} when values can be combined. */
    public PairRDD<K, Iterable<V>> groupByKey() {
        return groupByKey(defaultPartitioner());
    }

    public PairRDD<K, Iterable<V>> groupByKey(int numPartitions) {
        checkPositive(numPartitions);
        return groupByKey(new HashPartitioner(numPartitions));
    }

    /**
     * Groups through the same external grouping as {@link #cogroup}, not by combining lists: each key's
     * values are a list that moves to disk when it outgrows memory, so one hot key cannot exhaust memory.
     */
    @SuppressWarnings("unchecked")
    public PairRDD<K, Iterable<V>> groupByKey(Partitioner partitioner) {
        checkNotNull(partitioner, "partitioner");
        CoGroupedRDD<K> grouped = new CoGroupedRDD<>(engine(), List.of(node), partitioner);
        return new PairRDD<>(
                rivulet,
                new MapPartitionsRDD<Pair<K, List<Iterable<Object>>>, Pair<K, Iterable<V>>>(
                        grouped,
                        "groupByKey",
                        (context, index, it) -> Iterators.map(
                                it,
                                group -> Pair.of(group.key(), (Iterable<V>)
                                        (Iterable<?>) group.value().get(0))),
                        true));
    }

    /** Sorted by key (natural order, nulls first), into range partitions: partition i's keys precede i+1's. */
    public PairRDD<K, V> sortByKey() {
        return sortByKey(true);
    }

    public PairRDD<K, V> sortByKey(boolean ascending) {
        return sortByKey(ascending, defaultNumPartitions());
    }

    public PairRDD<K, V> sortByKey(boolean ascending, int numPartitions) {
        return sortByKey(Orderings.natural(), ascending, numPartitions);
    }

    public PairRDD<K, V> sortByKey(Comparator<? super K> comparator, boolean ascending, int numPartitions) {
        checkNotNull(comparator, "comparator");
        checkPositive(numPartitions);
        RangePartitioner<K> partitioner = new RangePartitioner<>(numPartitions, this, ascending, comparator);
        Comparator<? super K> order = ascending ? comparator : Orderings.reversed(comparator);
        return new PairRDD<>(rivulet, ShuffledRDD.<K, V, V>create(node, "sortByKey", partitioner, null, false, order));
    }

    /** Redistributes by {@code partitioner}; an RDD already partitioned by an equal one is returned as it is. */
    public PairRDD<K, V> partitionBy(Partitioner partitioner) {
        checkNotNull(partitioner, "partitioner");
        if (node.partitioner().filter(partitioner::equals).isPresent()) {
            return this;
        }
        return new PairRDD<>(rivulet, ShuffledRDD.<K, V, V>create(node, "partitionBy", partitioner, null, false, null));
    }

    // ---- joins -----------------------------------------------------------------------------------

    /** For each key in both, every pair of a value from this RDD with one from {@code other}. */
    public <W> PairRDD<K, Pair<V, W>> join(PairRDD<K, W> other) {
        return join(other, defaultPartitioner(other));
    }

    public <W> PairRDD<K, Pair<V, W>> join(PairRDD<K, W> other, int numPartitions) {
        checkPositive(numPartitions);
        return join(other, new HashPartitioner(numPartitions));
    }

    /**
     * A hash join: each task holds the side with fewer records of its partition and streams the other
     * past it (both sides are grouped, as for {@link #cogroup}, only when the held side outgrows memory).
     */
    public <W> PairRDD<K, Pair<V, W>> join(PairRDD<K, W> other, Partitioner partitioner) {
        checkNotNull(other, "other");
        checkNotNull(partitioner, "partitioner");
        return new PairRDD<>(rivulet, new JoinedRDD<>(engine(), node, other.node, partitioner));
    }

    /**
     * Like {@link #join}, keeping keys missing from {@code other} with an empty right side. A key of
     * {@code other} whose value is null fails the job, naming the key: {@link Optional} cannot hold null, and an
     * empty one would say "no match" where there was one (Spark fails alike). Map nulls to a value of your own
     * first, or use {@link #cogroup}, whose groups keep nulls.
     */
    public <W> PairRDD<K, Pair<V, Optional<W>>> leftOuterJoin(PairRDD<K, W> other) {
        return leftOuterJoin(other, defaultPartitioner(other));
    }

    public <W> PairRDD<K, Pair<V, Optional<W>>> leftOuterJoin(PairRDD<K, W> other, int numPartitions) {
        checkPositive(numPartitions);
        return leftOuterJoin(other, new HashPartitioner(numPartitions));
    }

    public <W> PairRDD<K, Pair<V, Optional<W>>> leftOuterJoin(PairRDD<K, W> other, Partitioner partitioner) {
        return cogroup(other, partitioner)
                .flatMapValuesWithKey((key, group) ->
                        Products.pairs(group.key(), Products.optionals(key, group.value(), "leftOuterJoin", "right")));
    }

    /** Like {@link #join}, keeping keys missing from this RDD with an empty left side; a null left value fails as in {@link #leftOuterJoin}. */
    public <W> PairRDD<K, Pair<Optional<V>, W>> rightOuterJoin(PairRDD<K, W> other) {
        return rightOuterJoin(other, defaultPartitioner(other));
    }

    public <W> PairRDD<K, Pair<Optional<V>, W>> rightOuterJoin(PairRDD<K, W> other, int numPartitions) {
        checkPositive(numPartitions);
        return rightOuterJoin(other, new HashPartitioner(numPartitions));
    }

    public <W> PairRDD<K, Pair<Optional<V>, W>> rightOuterJoin(PairRDD<K, W> other, Partitioner partitioner) {
        return cogroup(other, partitioner)
                .flatMapValuesWithKey((key, group) -> !group.value().iterator().hasNext()
                        ? List.<Pair<Optional<V>, W>>of() // a key of this side only: dropped, its values unread
                        : Products.pairs(
                                Products.optionals(key, group.key(), "rightOuterJoin", "left"), group.value()));
    }

    /** Every key of either side; the side a key is missing from is empty; a null value fails as in {@link #leftOuterJoin}. */
    public <W> PairRDD<K, Pair<Optional<V>, Optional<W>>> fullOuterJoin(PairRDD<K, W> other) {
        return fullOuterJoin(other, defaultPartitioner(other));
    }

    public <W> PairRDD<K, Pair<Optional<V>, Optional<W>>> fullOuterJoin(PairRDD<K, W> other, int numPartitions) {
        checkPositive(numPartitions);
        return fullOuterJoin(other, new HashPartitioner(numPartitions));
    }

    public <W> PairRDD<K, Pair<Optional<V>, Optional<W>>> fullOuterJoin(PairRDD<K, W> other, Partitioner partitioner) {
        return cogroup(other, partitioner)
                .flatMapValuesWithKey((key, group) -> Products.pairs(
                        Products.optionals(key, group.key(), "fullOuterJoin", "left"),
                        Products.optionals(key, group.value(), "fullOuterJoin", "right")));
    }

    /** For each key of either RDD, its values in this RDD and in {@code other}. */
    public <W> PairRDD<K, Pair<Iterable<V>, Iterable<W>>> cogroup(PairRDD<K, W> other) {
        return cogroup(other, defaultPartitioner(other));
    }

    public <W> PairRDD<K, Pair<Iterable<V>, Iterable<W>>> cogroup(PairRDD<K, W> other, int numPartitions) {
        checkPositive(numPartitions);
        return cogroup(other, new HashPartitioner(numPartitions));
    }

    @SuppressWarnings("unchecked")
    public <W> PairRDD<K, Pair<Iterable<V>, Iterable<W>>> cogroup(PairRDD<K, W> other, Partitioner partitioner) {
        checkNotNull(other, "other");
        checkNotNull(partitioner, "partitioner");
        CoGroupedRDD<K> grouped = new CoGroupedRDD<>(engine(), List.of(node, other.node), partitioner);
        return new PairRDD<>(
                rivulet,
                new MapPartitionsRDD<Pair<K, List<Iterable<Object>>>, Pair<K, Pair<Iterable<V>, Iterable<W>>>>(
                        grouped,
                        "cogroup",
                        (context, index, it) -> Iterators.map(
                                it,
                                group -> Pair.of(
                                        group.key(),
                                        Pair.of(
                                                (Iterable<V>) (Iterable<?>)
                                                        group.value().get(0),
                                                (Iterable<W>) (Iterable<?>)
                                                        group.value().get(1)))),
                        true));
    }

    /** The pairs whose key does not occur in {@code other}. */
    public <W> PairRDD<K, V> subtractByKey(PairRDD<K, W> other) {
        return subtractByKey(other, defaultNumPartitions());
    }

    public <W> PairRDD<K, V> subtractByKey(PairRDD<K, W> other, int numPartitions) {
        checkPositive(numPartitions);
        return subtractByKey(other, new HashPartitioner(numPartitions));
    }

    public <W> PairRDD<K, V> subtractByKey(PairRDD<K, W> other, Partitioner partitioner) {
        PairRDD<K, Pair<Iterable<V>, Iterable<W>>> grouped = cogroup(other, partitioner);
        return grouped.pairNarrow(
                "subtractByKey",
                (context, index, it) -> Iterators.flatMap(it, group -> {
                    if (group.value().value().iterator().hasNext()) {
                        return List.of();
                    }
                    List<Pair<K, V>> kept = new ArrayList<>();
                    for (V value : group.value().key()) {
                        kept.add(Pair.of(group.key(), value));
                    }
                    return kept;
                }),
                true);
    }

    // ---- keyed actions ---------------------------------------------------------------------------

    /** How many pairs each key has. */
    public Map<K, Long> countByKey() {
        return this.<Long>mapValues(v -> 1L).reduceByKey(Long::sum).collectAsMap();
    }

    /** The values of {@code key}; reads only the key's partition when the partitioner is known. */
    public List<V> lookup(K key) {
        Optional<Partitioner> partitioner = node.partitioner();
        if (partitioner.isPresent()) {
            int partition = partitioner.get().getPartition(key);
            List<List<V>> found = runJob(
                    new int[] {partition},
                    (context, it) -> {
                        List<V> values = new ArrayList<>();
                        while (it.hasNext()) {
                            Pair<K, V> pair = it.next();
                            if (java.util.Objects.equals(pair.key(), key)) {
                                values.add(pair.value());
                            }
                        }
                        return values;
                    },
                    "lookup");
            return found.get(0);
        }
        return filter(pair -> java.util.Objects.equals(pair.key(), key))
                .values()
                .collect();
    }

    /** The pairs as a map; when a key occurs more than once, its last value in partition order wins. */
    public Map<K, V> collectAsMap() {
        Map<K, V> map = new HashMap<>();
        for (Pair<K, V> pair : collect()) {
            map.put(pair.key(), pair.value());
        }
        return map;
    }

    // ---- overrides that stay keyed ---------------------------------------------------------------

    @Override
    public PairRDD<K, V> filter(Function<? super Pair<K, V>, Boolean> predicate) {
        return asPairs(super.filter(predicate));
    }

    @Override
    public PairRDD<K, V> distinct() {
        return asPairs(super.distinct());
    }

    @Override
    public PairRDD<K, V> distinct(int numPartitions) {
        return asPairs(super.distinct(numPartitions));
    }

    @Override
    public PairRDD<K, V> sample(boolean withReplacement, double fraction, long seed) {
        return asPairs(super.sample(withReplacement, fraction, seed));
    }

    @Override
    public PairRDD<K, V> union(RDD<Pair<K, V>> other) {
        return asPairs(super.union(other));
    }

    @Override
    public PairRDD<K, V> intersection(RDD<Pair<K, V>> other) {
        return asPairs(super.intersection(other));
    }

    @Override
    public PairRDD<K, V> subtract(RDD<Pair<K, V>> other) {
        return asPairs(super.subtract(other));
    }

    @Override
    public PairRDD<K, V> repartition(int numPartitions) {
        return asPairs(super.repartition(numPartitions));
    }

    @Override
    public PairRDD<K, V> coalesce(int numPartitions) {
        return asPairs(super.coalesce(numPartitions));
    }

    @Override
    public PairRDD<K, V> coalesce(int numPartitions, boolean shuffle) {
        return asPairs(super.coalesce(numPartitions, shuffle));
    }

    @Override
    public PairRDD<K, V> cache() {
        super.cache();
        return this;
    }

    @Override
    public PairRDD<K, V> persist(StorageLevel level) {
        super.persist(level);
        return this;
    }

    @Override
    public PairRDD<K, V> unpersist() {
        super.unpersist();
        return this;
    }

    @Override
    public PairRDD<K, V> setName(String name) {
        super.setName(name);
        return this;
    }

    // ---- internals -------------------------------------------------------------------------------

    private PairRDD<K, V> asPairs(RDD<Pair<K, V>> rdd) {
        return rdd instanceof PairRDD<K, V> pairs ? pairs : new PairRDD<>(rivulet, rdd.node);
    }

    <K2, W> PairRDD<K2, W> pairNarrow(
            String operation, MapPartitionsRDD.PartitionTransform<Pair<K, V>, Pair<K2, W>> transform, boolean keep) {
        return new PairRDD<>(rivulet, new MapPartitionsRDD<>(node, operation, transform, keep));
    }

    private Partitioner defaultPartitioner(RDD<?>... others) {
        List<BaseRDD<?>> nodes = new ArrayList<>();
        nodes.add(node);
        for (RDD<?> other : others) {
            nodes.add(checkNotNull(other, "other").node);
        }
        return Partitioners.defaultPartitioner(engine(), nodes);
    }
}
