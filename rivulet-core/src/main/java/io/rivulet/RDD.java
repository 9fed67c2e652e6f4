package io.rivulet;

import static io.rivulet.util.Checks.checkArgument;
import static io.rivulet.util.Checks.checkNotNull;

import io.rivulet.engine.Engine;
import io.rivulet.function.DoubleFunction;
import io.rivulet.function.FlatMapFunction;
import io.rivulet.function.FlatMapIteratorFunction;
import io.rivulet.function.Function;
import io.rivulet.function.Function2;
import io.rivulet.function.MapPartitionsFunction;
import io.rivulet.function.PairFlatMapFunction;
import io.rivulet.function.PairFlatMapIteratorFunction;
import io.rivulet.function.PairFunction;
import io.rivulet.function.VoidFunction;
import io.rivulet.io.OutputWriter;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.CartesianRDD;
import io.rivulet.rdd.CoalescedRDD;
import io.rivulet.rdd.MapPartitionsRDD;
import io.rivulet.rdd.PartitionerAwareUnionRDD;
import io.rivulet.rdd.Sampling;
import io.rivulet.rdd.ShuffledRDD;
import io.rivulet.rdd.UnionRDD;
import io.rivulet.rdd.ZeroValues;
import io.rivulet.task.TaskFunction;
import io.rivulet.util.CallSite;
import io.rivulet.util.Iterators;
import io.rivulet.util.Orderings;
import io.rivulet.util.Sneaky;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * A resilient distributed dataset: an immutable, partitioned collection of elements, computed lazily.
 *
 * <p>Transformations ({@link #map}, {@link #filter}, {@link PairRDD#reduceByKey}, ...) return new RDDs
 * and only record lineage. Actions ({@link #collect}, {@link #count}, {@link #saveAsTextFile}, ...) run a
 * job: the lineage is cut into stages at shuffles and each stage runs one task per partition. Within a
 * stage, elements flow one at a time through every transformation.
 *
 * <p>Elements may be null. An RDD may be used by several jobs, from several threads, at once.
 */
public class RDD<T> {
    private static final int TAKE_SCALE_UP_FACTOR = 4;

    final Rivulet rivulet;
    final BaseRDD<T> node;

    RDD(Rivulet rivulet, BaseRDD<T> node) {
        this.rivulet = rivulet;
        this.node = node;
    }

    final Engine engine() {
        return rivulet.engine();
    }

    // ---- transformations -------------------------------------------------------------------------

    public <R> RDD<R> map(Function<? super T, ? extends R> fn) {
        checkNotNull(fn, "function");
        return narrow("map", (context, index, it) -> Iterators.map(it, fn), false);
    }

    public <R> RDD<R> flatMap(FlatMapFunction<? super T, ? extends R> fn) {
        checkNotNull(fn, "function");
        return narrow("flatMap", (context, index, it) -> Iterators.flatMap(it, fn), false);
    }

    public RDD<T> filter(Function<? super T, Boolean> predicate) {
        checkNotNull(predicate, "predicate");
        return narrow("filter", (context, index, it) -> Iterators.filter(it, predicate), true);
    }

    public <R> RDD<R> mapPartitions(MapPartitionsFunction<T, R> fn) {
        return mapPartitions(fn, false);
    }

    /** {@code preservesPartitioning}: the function keeps every key in its partition, so the partitioner stays. */
    public <R> RDD<R> mapPartitions(MapPartitionsFunction<T, R> fn, boolean preservesPartitioning) {
        checkNotNull(fn, "function");
        return narrow("mapPartitions", (context, index, it) -> fn.call(it), preservesPartitioning);
    }

    public <R> RDD<R> mapPartitionsWithIndex(Function2<Integer, Iterator<T>, Iterator<R>> fn) {
        return mapPartitionsWithIndex(fn, false);
    }

    public <R> RDD<R> mapPartitionsWithIndex(
            Function2<Integer, Iterator<T>, Iterator<R>> fn, boolean preservesPartitioning) {
        checkNotNull(fn, "function");
        return narrow("mapPartitionsWithIndex", (context, index, it) -> fn.call(index, it), preservesPartitioning);
    }

    public <K, V> PairRDD<K, V> mapToPair(PairFunction<? super T, K, V> fn) {
        checkNotNull(fn, "function");
        return new PairRDD<>(
                rivulet,
                new MapPartitionsRDD<T, Pair<K, V>>(
                        node, "mapToPair", (context, index, it) -> Iterators.map(it, fn::call), false));
    }

    public <K, V> PairRDD<K, V> flatMapToPair(PairFlatMapFunction<? super T, K, V> fn) {
        checkNotNull(fn, "function");
        return new PairRDD<>(
                rivulet,
                new MapPartitionsRDD<T, Pair<K, V>>(
                        node, "flatMapToPair", (context, index, it) -> Iterators.flatMap(it, fn::call), false));
    }

    /**
     * {@link #flatMap} with a function returning an {@link java.util.Iterator}, as Spark 2's Java API:
     * {@code rdd.flatMapIterator(line -> Arrays.asList(line.split(" ")).iterator())}, so code ported from Spark
     * keeps its functions.
     */
    public <R> RDD<R> flatMapIterator(FlatMapIteratorFunction<? super T, ? extends R> fn) {
        checkNotNull(fn, "function");
        return narrow(
                "flatMap", (context, index, it) -> Iterators.flatMap(it, x -> RDD.<R>iterable(fn.call(x))), false);
    }

    /** {@link #flatMapToPair} with a function returning an {@link java.util.Iterator}, as Spark 2's Java API. */
    public <K, V> PairRDD<K, V> flatMapToPairIterator(PairFlatMapIteratorFunction<? super T, K, V> fn) {
        checkNotNull(fn, "function");
        return new PairRDD<>(
                rivulet,
                new MapPartitionsRDD<T, Pair<K, V>>(
                        node,
                        "flatMapToPair",
                        (context, index, it) -> Iterators.flatMap(it, x -> RDD.<Pair<K, V>>iterable(fn.call(x))),
                        false));
    }

    private static <R> Iterable<R> iterable(Iterator<? extends R> iterator) {
        return iterator == null ? List.of() : Iterators.once(iterator);
    }

    /**
     * Each element as a {@code double}, with the numeric actions of {@link DoubleRDD} ({@code sum}, {@code mean},
     * {@code stats}, {@code histogram}, ...), as Spark's {@code mapToDouble}.
     */
    public DoubleRDD mapToDouble(DoubleFunction<? super T> fn) {
        checkNotNull(fn, "function");
        RDD<Double> doubles = map(x -> fn.call(x));
        return new DoubleRDD(rivulet, doubles.node);
    }

    /** Pairs each element with the key {@code fn} gives it: {@code (fn(x), x)}. */
    public <K> PairRDD<K, T> keyBy(Function<? super T, K> fn) {
        checkNotNull(fn, "function");
        return mapToPair(x -> Pair.of(fn.call(x), x));
    }

    /** Each distinct element once, in no particular order (a shuffle that combines map-side). */
    public RDD<T> distinct() {
        return distinct(defaultNumPartitions());
    }

    public RDD<T> distinct(int numPartitions) {
        checkPositive(numPartitions);
        return this.<T, Object>mapToPair(x -> Pair.of(x, null))
                .reduceByKey((a, b) -> a, numPartitions)
                .keys();
    }

    /**
     * A random subset: each element independently with probability {@code fraction} (without replacement),
     * or a Poisson({@code fraction}) number of times (with replacement, where fraction may exceed 1).
     * The same seed gives the same sample.
     */
    public RDD<T> sample(boolean withReplacement, double fraction, long seed) {
        checkArgument(
                fraction >= 0 && (withReplacement || fraction <= 1),
                "fraction must be in [0, 1] without replacement, >= 0 with: %s",
                fraction);
        return narrow(
                "sample",
                (context, index, it) -> {
                    SplittableRandom random = Sampling.random(seed, index);
                    return withReplacement
                            ? Sampling.poisson(it, fraction, random)
                            : Sampling.bernoulli(it, fraction, random);
                },
                true);
    }

    /** Both RDDs' elements, duplicates kept; RDDs with one partitioner give a result with that partitioner. */
    public RDD<T> union(RDD<T> other) {
        checkNotNull(other, "other");
        return new RDD<>(rivulet, unionNode(List.of(this, other)));
    }

    /** The distinct elements present in both RDDs. */
    public RDD<T> intersection(RDD<T> other) {
        checkNotNull(other, "other");
        return intersection(other, Math.max(defaultNumPartitions(), other.node.numPartitions()));
    }

    public RDD<T> intersection(RDD<T> other, int numPartitions) {
        checkPositive(numPartitions);
        PairRDD<T, Object> left = this.mapToPair(x -> Pair.of(x, null));
        PairRDD<T, Object> right = other.mapToPair(x -> Pair.of(x, null));
        return left.cogroup(right, numPartitions)
                .filter(group -> group.value().key().iterator().hasNext()
                        && group.value().value().iterator().hasNext())
                .keys();
    }

    /** The elements not present in {@code other}; duplicates in this RDD are kept. */
    public RDD<T> subtract(RDD<T> other) {
        checkNotNull(other, "other");
        return subtract(other, defaultNumPartitions());
    }

    public RDD<T> subtract(RDD<T> other, int numPartitions) {
        checkPositive(numPartitions);
        PairRDD<T, Object> left = this.mapToPair(x -> Pair.of(x, null));
        PairRDD<T, Object> right = other.mapToPair(x -> Pair.of(x, null));
        return left.subtractByKey(right, numPartitions).keys();
    }

    /** Every pair of an element of this RDD with an element of {@code other}. */
    public <U> PairRDD<T, U> cartesian(RDD<U> other) {
        checkNotNull(other, "other");
        return new PairRDD<>(rivulet, new CartesianRDD<>(node, other.node));
    }

    /**
     * Pairs each element with its index: partition 0's elements first. Like Spark, this runs a job at once
     * to count the elements of every partition but the last.
     */
    public PairRDD<T, Long> zipWithIndex() {
        int partitions = node.numPartitions();
        long[] offsets = new long[Math.max(partitions, 1)];
        if (partitions > 1) {
            int[] counted = new int[partitions - 1];
            for (int i = 0; i < counted.length; i++) {
                counted[i] = i;
            }
            List<Long> counts = runJob(counted, (context, it) -> Iterators.count(it), "zipWithIndex");
            for (int i = 1; i < partitions; i++) {
                offsets[i] = offsets[i - 1] + counts.get(i - 1);
            }
        }
        return new PairRDD<>(
                rivulet,
                new MapPartitionsRDD<T, Pair<T, Long>>(
                        node,
                        "zipWithIndex",
                        (context, index, it) -> {
                            long[] next = {offsets[index]};
                            return Iterators.map(it, x -> Pair.of(x, next[0]++));
                        },
                        false));
    }

    /** Pairs each element with a unique id: the k-th element of partition i gets {@code k * n + i}. No job. */
    public PairRDD<T, Long> zipWithUniqueId() {
        long n = node.numPartitions();
        return new PairRDD<>(
                rivulet,
                new MapPartitionsRDD<T, Pair<T, Long>>(
                        node,
                        "zipWithUniqueId",
                        (context, index, it) -> {
                            long[] k = {0};
                            return Iterators.map(it, x -> Pair.of(x, k[0]++ * n + index));
                        },
                        false));
    }

    /** Groups elements by the key {@code fn} gives them. */
    public <K> PairRDD<K, Iterable<T>> groupBy(Function<? super T, K> fn) {
        return keyBy(fn).groupByKey();
    }

    public <K> PairRDD<K, Iterable<T>> groupBy(Function<? super T, K> fn, int numPartitions) {
        return keyBy(fn).groupByKey(numPartitions);
    }

    /** Sorts by the key {@code fn} gives each element (natural order, nulls first), into range partitions. */
    public <K> RDD<T> sortBy(Function<? super T, K> fn, boolean ascending, int numPartitions) {
        return keyBy(fn).sortByKey(ascending, numPartitions).values();
    }

    /** Exactly {@code numPartitions} partitions of about equal size, by a shuffle. */
    public RDD<T> repartition(int numPartitions) {
        return coalesce(numPartitions, true);
    }

    /** At most {@code numPartitions} partitions, by merging neighbours without a shuffle. */
    public RDD<T> coalesce(int numPartitions) {
        return coalesce(numPartitions, false);
    }

    public RDD<T> coalesce(int numPartitions, boolean shuffle) {
        checkPositive(numPartitions);
        if (!shuffle) {
            return new RDD<>(rivulet, new CoalescedRDD<>(node, Math.min(numPartitions, node.numPartitions())));
        }
        // Spread each partition round-robin from a position that depends on its index, as Spark does.
        RDD<Pair<Integer, T>> positioned = narrow(
                "repartition",
                (context, index, it) -> {
                    int[] position = {new Random(Integer.reverseBytes(index)).nextInt(numPartitions)};
                    return Iterators.map(it, x -> Pair.of(position[0]++, x));
                },
                false);
        ShuffledRDD<Integer, T, T> shuffled = ShuffledRDD.create(
                positioned.node, "repartition", new HashPartitioner(numPartitions), null, false, null);
        return new PairRDD<>(rivulet, shuffled).values();
    }

    /** Each partition as one list. */
    public RDD<List<T>> glom() {
        return narrow(
                "glom", (context, index, it) -> List.of(Iterators.toList(it)).iterator(), false);
    }

    // ---- persistence -----------------------------------------------------------------------------

    public RDD<T> cache() {
        return persist(StorageLevel.MEMORY_ONLY);
    }

    /** Keeps partitions at {@code level} once computed, for later actions. Returns this RDD. */
    public RDD<T> persist(StorageLevel level) {
        checkNotNull(level, "storage level");
        node.setStorageLevel(level);
        return this;
    }

    /** Drops the stored partitions and stops persisting. Returns this RDD. */
    public RDD<T> unpersist() {
        node.setStorageLevel(StorageLevel.NONE);
        engine().blockManager().removeRdd(node.id());
        return this;
    }

    public StorageLevel getStorageLevel() {
        return node.storageLevel();
    }

    /**
     * Marks this RDD to be saved to files under the checkpoint directory ({@link Rivulet#setCheckpointDir})
     * after the next job that computes it, which also truncates its lineage: it then reads those files and
     * forgets its parents. That job computes the RDD a second time unless it is persisted. Throws
     * {@link IllegalStateException} when no checkpoint directory is set.
     */
    public void checkpoint() {
        engine().checkpointer().markReliable(node);
    }

    /**
     * Like {@link #checkpoint()}, but keeps the partitions as persisted blocks ({@code MEMORY_AND_DISK}, or
     * the disk variant of the level already set) instead of files: faster, and lost with the blocks.
     */
    public RDD<T> localCheckpoint() {
        engine().checkpointer().markLocal(node);
        return this;
    }

    /** Whether a checkpoint was written and the lineage truncated (not merely marked). */
    public boolean isCheckpointed() {
        return node.isCheckpointed();
    }

    // ---- actions ---------------------------------------------------------------------------------

    /** Every element, in partition order. */
    public List<T> collect() {
        List<List<T>> parts = runJob((context, it) -> Iterators.toList(it), "collect");
        List<T> all = new ArrayList<>();
        parts.forEach(all::addAll);
        return all;
    }

    public long count() {
        long total = 0;
        for (long count : runJob((context, it) -> Iterators.count(it), "count")) {
            total += count;
        }
        return total;
    }

    /** How often each distinct element occurs. */
    public Map<T, Long> countByValue() {
        return this.<T, Long>mapToPair(x -> Pair.of(x, 1L)).countByKey();
    }

    /**
     * The first {@code n} elements, in partition order. Reads partitions incrementally: first one, then more
     * as the ones read turn out to hold too few, so a small {@code n} reads only the start of the data.
     */
    public List<T> take(int n) {
        checkArgument(n >= 0, "number of elements must not be negative: %s", n);
        List<T> taken = new ArrayList<>();
        int total = node.numPartitions();
        int scanned = 0;
        while (taken.size() < n && scanned < total) {
            int toTry = 1;
            if (scanned > 0) {
                toTry = taken.isEmpty()
                        ? scanned * TAKE_SCALE_UP_FACTOR
                        : (int) Math.max(
                                1,
                                Math.min(
                                        Math.ceil(1.5 * n * scanned / taken.size()) - scanned,
                                        (long) scanned * TAKE_SCALE_UP_FACTOR));
            }
            int end = (int) Math.min((long) scanned + toTry, total);
            int[] partitions = new int[end - scanned];
            for (int i = 0; i < partitions.length; i++) {
                partitions[i] = scanned + i;
            }
            int left = n - taken.size();
            for (List<T> part :
                    runJob(partitions, (context, it) -> Iterators.toList(Iterators.limit(it, left)), "take")) {
                for (T element : part) {
                    if (taken.size() < n) {
                        taken.add(element);
                    }
                }
            }
            scanned = end;
        }
        return taken;
    }

    /** The first element; throws {@link UnsupportedOperationException} when the RDD is empty. */
    public T first() {
        List<T> one = take(1);
        if (one.isEmpty()) {
            throw new UnsupportedOperationException("first() on an empty RDD: empty collection");
        }
        return one.get(0);
    }

    /** The {@code n} largest elements (natural order), largest first. */
    public List<T> top(int n) {
        return top(n, Orderings.natural());
    }

    public List<T> top(int n, Comparator<? super T> comparator) {
        checkNotNull(comparator, "comparator");
        return takeOrdered(n, comparator.reversed());
    }

    /** The {@code n} smallest elements (natural order, nulls first), smallest first. */
    public List<T> takeOrdered(int n) {
        return takeOrdered(n, Orderings.natural());
    }

    public List<T> takeOrdered(int n, Comparator<? super T> comparator) {
        checkArgument(n >= 0, "number of elements must not be negative: %s", n);
        checkNotNull(comparator, "comparator");
        List<T> candidates = new ArrayList<>();
        for (List<T> part : runJob((context, it) -> Orderings.smallest(it, n, comparator), "takeOrdered")) {
            candidates.addAll(part);
        }
        return Orderings.smallest(candidates.iterator(), n, comparator);
    }

    /** {@code num} random elements (fewer if the RDD is smaller and sampling is without replacement). */
    public List<T> takeSample(boolean withReplacement, int num, long seed) {
        checkArgument(num >= 0, "number of elements must not be negative: %s", num);
        if (num == 0) {
            return new ArrayList<>();
        }
        long total = count();
        if (total == 0) {
            return new ArrayList<>();
        }
        Random random = new Random(seed);
        if (!withReplacement && num >= total) {
            List<T> all = collect();
            Collections.shuffle(all, random);
            return all;
        }
        double fraction = Sampling.fractionForSampleSize(num, total, withReplacement);
        List<T> sampled = sample(withReplacement, fraction, random.nextLong()).collect();
        int rounds = 0;
        while (sampled.size() < num) {
            checkArgument(++rounds < 100, "could not draw %s samples in 100 rounds", num);
            sampled = sample(withReplacement, fraction, random.nextLong()).collect();
        }
        Collections.shuffle(sampled, random);
        return new ArrayList<>(sampled.subList(0, num));
    }

    /** Combines all elements with {@code fn}; throws {@link UnsupportedOperationException} on an empty RDD. */
    public T reduce(Function2<T, T, T> fn) {
        checkNotNull(fn, "function");
        Reduced<T> result = Reduced.empty();
        for (Reduced<T> part : runJob((context, it) -> Reduced.of(it, fn), "reduce")) {
            result = result.merge(part, fn);
        }
        if (!result.present) {
            throw new UnsupportedOperationException("reduce() on an empty RDD: empty collection");
        }
        return result.value;
    }

    /** Folds each partition starting from a fresh copy of {@code zero}, then folds the results likewise. */
    public T fold(T zero, Function2<T, T, T> fn) {
        return aggregate(zero, fn, fn);
    }

    public <U> U aggregate(U zero, Function2<U, ? super T, U> seqOp, Function2<U, U, U> combOp) {
        checkNotNull(seqOp, "seqOp");
        checkNotNull(combOp, "combOp");
        ZeroValues<U> zeros = new ZeroValues<>(zero);
        List<U> parts = runJob(
                (context, it) -> {
                    U acc = zeros.copy();
                    while (it.hasNext()) {
                        acc = seqOp.call(acc, it.next());
                    }
                    return acc;
                },
                "aggregate");
        U result = zeros.copy();
        for (U part : parts) {
            try {
                result = combOp.call(result, part);
            } catch (Exception e) {
                throw Sneaky.rethrow(e);
            }
        }
        return result;
    }

    public void foreach(VoidFunction<? super T> fn) {
        checkNotNull(fn, "function");
        runJob(
                (context, it) -> {
                    while (it.hasNext()) {
                        fn.call(it.next());
                    }
                    return null;
                },
                "foreach");
    }

    public void foreachPartition(VoidFunction<Iterator<T>> fn) {
        checkNotNull(fn, "function");
        runJob(
                (context, it) -> {
                    fn.call(it);
                    return null;
                },
                "foreachPartition");
    }

    public T min(Comparator<? super T> comparator) {
        checkNotNull(comparator, "comparator");
        return reduce((a, b) -> comparator.compare(a, b) <= 0 ? a : b);
    }

    public T max(Comparator<? super T> comparator) {
        checkNotNull(comparator, "comparator");
        return reduce((a, b) -> comparator.compare(a, b) >= 0 ? a : b);
    }

    public boolean isEmpty() {
        return node.numPartitions() == 0 || take(1).isEmpty();
    }

    /**
     * Writes each partition as a text file {@code part-NNNNN} (one element per line, {@code toString()},
     * null as {@code null}) in the new directory {@code dir}, with a {@code _SUCCESS} marker. The output
     * appears whole or not at all; an existing {@code dir} is an error that touches nothing.
     */
    public void saveAsTextFile(String dir) {
        checkNotNull(dir, "output directory");
        String jobName = "saveAsTextFile at " + CallSite.capture();
        OutputWriter.saveAsTextFile(dir, writePart -> saveJob(writePart, jobName));
    }

    /** Writes the elements with Java serialization, for {@link Rivulet#objectFile}; same commit rules. */
    public void saveAsObjectFile(String dir) {
        checkNotNull(dir, "output directory");
        String jobName = "saveAsObjectFile at " + CallSite.capture();
        OutputWriter.saveAsObjectFile(dir, engine().objectFileSerializer(), writePart -> saveJob(writePart, jobName));
    }

    @SuppressWarnings("unchecked")
    private void saveJob(TaskFunction<Object, Long> writePart, String jobName) {
        int[] all = new int[getNumPartitions()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        engine().runJob(
                        node,
                        all,
                        (TaskFunction<T, Long>) (TaskFunction<?, Long>) writePart,
                        (index, written) -> {},
                        jobName);
    }

    /** Every element, in order, computing one partition at a time as the iterator reaches it. */
    public Iterator<T> toLocalIterator() {
        int partitions = node.numPartitions();
        String site = CallSite.capture();
        return Iterators.concat(new Iterator<Iterator<T>>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < partitions;
            }

            @Override
            public Iterator<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int partition = next++;
                List<List<T>> one = new ArrayList<>(1);
                engine().runJob(
                                node,
                                new int[] {partition},
                                (context, it) -> Iterators.toList(it),
                                (index, list) -> one.add(list),
                                "toLocalIterator at " + site);
                return one.get(0).iterator();
            }
        });
    }

    // ---- introspection ---------------------------------------------------------------------------

    public int getNumPartitions() {
        return node.numPartitions();
    }

    public Optional<Partitioner> partitioner() {
        return node.partitioner();
    }

    public int id() {
        return node.id();
    }

    public RDD<T> setName(String name) {
        node.setName(name);
        return this;
    }

    public String name() {
        return node.name();
    }

    public Rivulet context() {
        return rivulet;
    }

    /** The lineage, one RDD a line, indented at each shuffle boundary, as Spark prints it. */
    public String toDebugString() {
        return io.rivulet.rdd.DebugString.of(node);
    }

    @Override
    public String toString() {
        return node.toString();
    }

    // ---- internals -------------------------------------------------------------------------------

    <R> RDD<R> narrow(String operation, MapPartitionsRDD.PartitionTransform<T, R> transform, boolean keepsPartitioner) {
        return new RDD<>(rivulet, new MapPartitionsRDD<>(node, operation, transform, keepsPartitioner));
    }

    <U> List<U> runJob(TaskFunction<T, U> function, String action) {
        int[] all = new int[node.numPartitions()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return runJob(all, function, action);
    }

    @SuppressWarnings("unchecked")
    <U> List<U> runJob(int[] partitions, TaskFunction<T, U> function, String action) {
        Object[] results = new Object[partitions.length];
        engine().runJob(
                        node,
                        partitions,
                        function,
                        (index, result) -> results[index] = result,
                        action + " at " + CallSite.capture());
        List<U> list = new ArrayList<>(results.length);
        for (Object result : results) {
            list.add((U) result);
        }
        return list;
    }

    /**
     * The union of {@code rdds}, flattened so that a loop of unions keeps the lineage one level deep: a
     * {@link UnionRDD} expands unions among its inputs lazily (see there); a {@link PartitionerAwareUnionRDD}
     * takes the parents of one among its inputs that is computed in place.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> BaseRDD<T> unionNode(List<? extends RDD<? extends T>> rdds) {
        List<BaseRDD<? extends T>> nodes = new ArrayList<>();
        for (RDD<? extends T> rdd : rdds) {
            nodes.add(rdd.node);
        }
        Rivulet rivulet = rdds.get(0).rivulet;
        Optional<Partitioner> first = nodes.get(0).partitioner();
        boolean samePartitioner = first.isPresent()
                && nodes.stream().allMatch(n -> n.partitioner().equals(first));
        if (samePartitioner) {
            List<BaseRDD<? extends T>> parents = new ArrayList<>();
            for (BaseRDD<? extends T> each : nodes) {
                if (each instanceof PartitionerAwareUnionRDD<?> union && union.iteratesByCompute()) {
                    parents.addAll(((PartitionerAwareUnionRDD<? extends T>) union).parents());
                } else {
                    parents.add(each);
                }
            }
            return new PartitionerAwareUnionRDD(rivulet.engine(), parents, first.get());
        }
        return new UnionRDD<>(rivulet.engine(), nodes);
    }

    /**
     * The partition count of a shuffle whose caller named none: this RDD's, but at least one, since an RDD
     * may have no partitions at all ({@link Rivulet#emptyRDD()}).
     */
    int defaultNumPartitions() {
        return Math.max(node.numPartitions(), 1);
    }

    static void checkPositive(int numPartitions) {
        checkArgument(numPartitions > 0, "numPartitions must be positive: %s", numPartitions);
    }

    /** A partial reduction that may be empty (elements, and so results, may be null). */
    private record Reduced<T>(boolean present, T value) implements java.io.Serializable {
        static <T> Reduced<T> empty() {
            return new Reduced<>(false, null);
        }

        static <T> Reduced<T> of(Iterator<T> it, Function2<T, T, T> fn) throws Exception {
            if (!it.hasNext()) {
                return empty();
            }
            T acc = it.next();
            while (it.hasNext()) {
                acc = fn.call(acc, it.next());
            }
            return new Reduced<>(true, acc);
        }

        Reduced<T> merge(Reduced<T> other, Function2<T, T, T> fn) {
            if (!other.present) {
                return this;
            }
            if (!present) {
                return other;
            }
            try {
                return new Reduced<>(true, fn.call(value, other.value));
            } catch (Exception e) {
                throw Sneaky.rethrow(e);
            }
        }
    }
}
