package io.rivulet;

import static io.rivulet.testing.RandomData.NULLS_FIRST;
import static io.rivulet.testing.RandomData.counts;
import static io.rivulet.testing.RandomData.nullSafeSum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.task.TaskContext;
import io.rivulet.testing.RandomData;
import io.rivulet.testing.ThreadLeaks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The adversarial harness of STYLE habit 9: seeded random inputs (sizes 0..2000, 1..12 partitions, small
 * key ranges, nulls) run through Rivulet and through plain collections and {@code java.util.stream}, on
 * one worker slot and on three. Each assertion message starts with the seed and the master; to reproduce a
 * failure, rerun with {@code -Drivulet.property.seed=<seed>} (see {@link #seeds()}). The default seeds are
 * fixed, so a plain rerun reproduces it too.
 */
class PropertyTest {
    private static final String APP = "property-test";
    /** The third runs under a memory budget small enough that shuffles, sorts and groups spill to disk. */
    private static final String SPILLING = "local[3] spilling";

    private static final List<String> MASTERS = List.of("local[1]", "local[3]", SPILLING);
    private static final long[] SEEDS = seeds();
    private static final Map<String, Rivulet> RIVULETS = new HashMap<>();
    private static final java.util.concurrent.atomic.AtomicLong SPILLS = new java.util.concurrent.atomic.AtomicLong();
    /** The threads alive before the Rivulets were built. */
    private static ThreadLeaks leaks;

    @BeforeAll
    static void start() {
        leaks = ThreadLeaks.snapshot();
        for (String master : MASTERS) {
            Rivulet.Builder builder = Rivulet.builder().appName(APP);
            if (master.equals(SPILLING)) {
                // Map-side lists turn into serialized streams at 1 KiB, so those spill too.
                builder.master("local[3]")
                        .executorMemory("64k")
                        .config("rivulet.memory.minSpillBytes", "512")
                        .config("rivulet.shuffle.serializeAbove", "1k");
            } else if (master.equals("local[3]")) {
                // Every shuffle output serialized, however small (local[1] keeps small ones as records).
                builder.master(master).config("rivulet.shuffle.serializeAbove", "0");
            } else {
                builder.master(master);
            }
            Rivulet rivulet = builder.build();
            if (master.equals(SPILLING)) {
                rivulet.addListener(new JobListener() {
                    @Override
                    public void onSpill(SpillInfo spill) {
                        SPILLS.incrementAndGet();
                    }
                });
            }
            RIVULETS.put(master, rivulet);
        }
    }

    @AfterAll
    static void stopAndCheckForLeaks() {
        if (SEEDS.length >= 10) {
            assertThat(SPILLS.get()).as("spills under the small budget").isPositive();
        }
        RIVULETS.values().forEach(Rivulet::close);
        RIVULETS.clear();
        leaks.assertNoneLeft();
    }

    /**
     * 30 fixed seeds by default. {@code -Drivulet.property.seed=S} runs just seed S (to reproduce a failure);
     * {@code -Drivulet.property.seeds=N} runs N seeds (a longer hunt, not part of the default build).
     */
    private static long[] seeds() {
        String one = System.getProperty("rivulet.property.seed");
        if (one != null) {
            return new long[] {Long.parseLong(one.trim())};
        }
        int count = Integer.getInteger("rivulet.property.seeds", 30);
        return LongStream.range(0, count).map(i -> 0x5EED0000L + i * 7919).toArray();
    }

    static Stream<Arguments> cases() {
        return MASTERS.stream().flatMap(master -> LongStream.of(SEEDS).mapToObj(seed -> Arguments.of(master, seed)));
    }

    // ---- random pipelines of element transformations ---------------------------------------------------

    /** An RDD and the list it should equal; {@code ordered} says whether the RDD's order is defined. */
    private record State(RDD<Integer> rdd, List<Integer> model, boolean ordered) {}

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void randomPipelinesMatchPlainCollections(String master, long seed) {
        Rivulet rv = RIVULETS.get(master);
        RandomData data = new RandomData(seed);
        List<Integer> input = data.ints();
        State state = new State(rv.parallelize(input, data.partitions()), input, true);
        List<String> steps = new ArrayList<>();
        int length = 1 + data.nextInt(5);
        for (int i = 0; i < length; i++) {
            state = randomStep(rv, data, state, steps);
        }
        String context = data + ", " + master + ", pipeline " + steps;
        checkAgainstModel(state, context, data);
    }

    private static Integer key(Integer x) {
        return x == null ? null : Math.floorMod(x, 7);
    }

    private static State randomStep(Rivulet rv, RandomData data, State in, List<String> steps) {
        RDD<Integer> rdd = in.rdd();
        List<Integer> model = in.model();
        boolean small = model.size() < 3000;
        int choice = data.nextInt(15);
        int partitions = data.partitions();
        switch (choice) {
            case 0 -> {
                steps.add("map");
                return new State(
                        rdd.map(x -> x == null ? null : x * 3 + 1),
                        model.stream().map(x -> x == null ? null : x * 3 + 1).toList(),
                        in.ordered());
            }
            case 1 -> {
                steps.add("filter");
                return new State(
                        rdd.filter(x -> x == null || Math.floorMod(x, 3) != 0),
                        model.stream()
                                .filter(x -> x == null || Math.floorMod(x, 3) != 0)
                                .toList(),
                        in.ordered());
            }
            case 2 -> {
                if (!small) {
                    return in;
                }
                steps.add("flatMap");
                return new State(
                        rdd.flatMap(PropertyTest::copies),
                        model.stream().flatMap(x -> copies(x).stream()).toList(),
                        in.ordered());
            }
            case 3 -> {
                steps.add("mapPartitions");
                return new State(
                        rdd.mapPartitions(it -> new Iterator<Integer>() {
                            @Override
                            public boolean hasNext() {
                                return it.hasNext();
                            }

                            @Override
                            public Integer next() {
                                Integer x = it.next();
                                return x == null ? 0 : x - 1;
                            }
                        }),
                        model.stream().map(x -> x == null ? 0 : x - 1).toList(),
                        in.ordered());
            }
            case 4 -> {
                steps.add("distinct(" + partitions + ")");
                return new State(rdd.distinct(partitions), distinct(model), false);
            }
            case 5 -> {
                steps.add("repartition(" + partitions + ")");
                return new State(rdd.repartition(partitions), model, false);
            }
            case 6 -> {
                steps.add("coalesce(" + partitions + ")");
                return new State(rdd.coalesce(partitions), model, in.ordered());
            }
            case 7 -> {
                if (!small) {
                    return in;
                }
                List<Integer> other = data.ints();
                steps.add("union(" + other.size() + ")");
                List<Integer> union = new ArrayList<>(model);
                union.addAll(other);
                return new State(rdd.union(rv.parallelize(other, data.partitions())), union, in.ordered());
            }
            case 8 -> {
                List<Integer> other = data.ints(data.size(), 300, 0.05);
                steps.add("subtract(" + other.size() + ")");
                Set<Integer> removed = new HashSet<>(other);
                List<Integer> rest =
                        model.stream().filter(x -> !removed.contains(x)).toList();
                return new State(rdd.subtract(rv.parallelize(other, data.partitions()), partitions), rest, false);
            }
            case 9 -> {
                List<Integer> other = data.ints(data.size(), 300, 0.05);
                steps.add("intersection(" + other.size() + ")");
                Set<Integer> kept = new HashSet<>(other);
                List<Integer> common =
                        distinct(model.stream().filter(kept::contains).toList());
                return new State(rdd.intersection(rv.parallelize(other, data.partitions())), common, false);
            }
            case 10 -> {
                boolean ascending = data.nextBoolean();
                steps.add("sortBy(" + (ascending ? "asc" : "desc") + ", " + partitions + ")");
                List<Integer> sorted = new ArrayList<>(model);
                sorted.sort(ascending ? NULLS_FIRST : NULLS_FIRST.reversed());
                return new State(rdd.sortBy(x -> x, ascending, partitions), sorted, true);
            }
            case 11 -> {
                steps.add("reduceByKey");
                Map<Integer, Integer> sums = new HashMap<>();
                for (Integer x : model) {
                    Integer k = key(x);
                    sums.put(k, sums.containsKey(k) ? nullSafeSum(sums.get(k), x) : x);
                }
                RDD<Integer> reduced = rdd.mapToPair(x -> Pair.of(key(x), x))
                        .reduceByKey(RandomData::nullSafeSum)
                        .values();
                return new State(reduced, new ArrayList<>(sums.values()), false);
            }
            case 12 -> {
                steps.add("groupByKey(" + partitions + ")");
                Map<Integer, Integer> sizes = new HashMap<>();
                for (Integer x : model) {
                    sizes.merge(key(x), 1, Integer::sum);
                }
                RDD<Integer> grouped = rdd.mapToPair(x -> Pair.of(key(x), x))
                        .groupByKey(partitions)
                        .map(p -> size(p.value()));
                return new State(grouped, new ArrayList<>(sizes.values()), false);
            }
            case 13 -> {
                if (!in.ordered()) {
                    return in;
                }
                steps.add("zipWithIndex");
                List<Integer> indexed = new ArrayList<>();
                for (int i = 0; i < model.size(); i++) {
                    Integer x = model.get(i);
                    indexed.add(x == null ? i : x + i);
                }
                RDD<Integer> zipped = rdd.zipWithIndex()
                        .map(p -> p.key() == null
                                ? p.value().intValue()
                                : p.key() + p.value().intValue());
                return new State(zipped, indexed, true);
            }
            default -> {
                steps.add("keyBy.mapValues.values");
                return new State(rdd.keyBy(PropertyTest::key).mapValues(x -> x).values(), model, in.ordered());
            }
        }
    }

    private static void checkAgainstModel(State state, String context, RandomData data) {
        RDD<Integer> rdd = state.rdd();
        List<Integer> model = state.model();
        List<Integer> collected = rdd.collect();
        if (state.ordered()) {
            assertThat(collected).as(context).containsExactlyElementsOf(model);
        } else {
            assertThat(counts(collected)).as(context).isEqualTo(counts(model));
        }
        assertThat(rdd.count()).as(context).isEqualTo(model.size());
        assertThat(rdd.isEmpty()).as(context).isEqualTo(model.isEmpty());
        assertThat(rdd.countByValue()).as(context).isEqualTo(counts(model));

        int n = data.nextInt(30);
        List<Integer> taken = rdd.take(n);
        if (state.ordered()) {
            assertThat(taken).as(context).containsExactlyElementsOf(model.subList(0, Math.min(n, model.size())));
        } else {
            assertThat(taken).as(context).hasSize(Math.min(n, model.size()));
            Map<Integer, Long> available = counts(model);
            counts(taken)
                    .forEach((x, c) -> assertThat(available.getOrDefault(x, 0L))
                            .as(context)
                            .isGreaterThanOrEqualTo(c));
        }

        List<Integer> ascending = new ArrayList<>(model);
        ascending.sort(NULLS_FIRST);
        List<Integer> descending = new ArrayList<>(ascending);
        Collections.reverse(descending);
        assertThat(rdd.takeOrdered(n)).as(context).containsExactlyElementsOf(prefix(ascending, n));
        assertThat(rdd.top(n)).as(context).containsExactlyElementsOf(prefix(descending, n));
        assertThat(rdd.takeOrdered(n, NULLS_FIRST.reversed()))
                .as(context)
                .containsExactlyElementsOf(prefix(descending, n));

        if (model.isEmpty()) {
            assertThatThrownBy(() -> rdd.reduce(RandomData::nullSafeSum))
                    .as(context)
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(rdd::first).as(context).isInstanceOf(UnsupportedOperationException.class);
        } else {
            Integer expectedSum = model.stream().reduce(null, RandomData::nullSafeSum);
            assertThat(rdd.reduce(RandomData::nullSafeSum)).as(context).isEqualTo(expectedSum);
            assertThat(rdd.min(NULLS_FIRST)).as(context).isEqualTo(ascending.get(0));
            assertThat(rdd.max(NULLS_FIRST)).as(context).isEqualTo(descending.get(0));
            if (state.ordered()) {
                assertThat(rdd.first()).as(context).isEqualTo(model.get(0));
            }
        }
    }

    // ---- keyed aggregations ------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void keyedAggregationsMatchGrouping(String master, long seed) {
        Rivulet rv = RIVULETS.get(master);
        RandomData data = new RandomData(seed);
        List<Pair<Integer, Integer>> input = data.pairs();
        int partitions = data.partitions();
        PairRDD<Integer, Integer> rdd = rv.parallelizePairs(input, data.partitions());
        String context = data + ", " + master + ", " + input.size() + " pairs";

        Map<Integer, List<Integer>> groups = groupValues(input);
        Map<Integer, Integer> sums = new HashMap<>();
        groups.forEach((k, vs) -> sums.put(k, vs.stream().reduce(null, RandomData::nullSafeSum)));

        PairRDD<Integer, Integer> reduced = switch (data.nextInt(3)) {
            case 0 -> rdd.reduceByKey(RandomData::nullSafeSum);
            case 1 -> rdd.reduceByKey(RandomData::nullSafeSum, partitions);
            default -> rdd.reduceByKey(new HashPartitioner(partitions), RandomData::nullSafeSum);
        };
        assertThat(asMap(reduced.collect(), context)).as(context).isEqualTo(sums);
        assertThat(asMap(
                        rdd.foldByKey(null, partitions, RandomData::nullSafeSum).collect(), context))
                .as(context)
                .isEqualTo(sums);

        Map<Integer, Long> sizes = new HashMap<>();
        groups.forEach((k, vs) -> sizes.put(k, (long) vs.size()));
        assertThat(asMap(
                        rdd.aggregateByKey(0L, partitions, (n, v) -> n + 1, Long::sum)
                                .collect(),
                        context))
                .as(context)
                .isEqualTo(sizes);
        assertThat(rdd.countByKey()).as(context).isEqualTo(sizes);

        Map<Integer, Map<Integer, Long>> valueCounts = new HashMap<>();
        groups.forEach((k, vs) -> valueCounts.put(k, counts(vs)));
        PairRDD<Integer, List<Integer>> combined = rdd.combineByKey(
                v -> {
                    List<Integer> list = new ArrayList<>();
                    list.add(v);
                    return list;
                },
                (list, v) -> {
                    list.add(v);
                    return list;
                },
                (a, b) -> {
                    a.addAll(b);
                    return a;
                },
                partitions);
        assertThat(asMap(combined.mapValues(RandomData::counts).collect(), context))
                .as(context)
                .isEqualTo(valueCounts);
        ArrayList<Integer> zero = new ArrayList<>();
        PairRDD<Integer, ArrayList<Integer>> aggregated = rdd.aggregateByKey(
                zero,
                (list, v) -> {
                    list.add(v);
                    return list;
                },
                (a, b) -> {
                    a.addAll(b);
                    return a;
                });
        assertThat(asMap(aggregated.mapValues(RandomData::counts).collect(), context))
                .as(context)
                .isEqualTo(valueCounts);
        assertThat(zero).as(context).isEmpty();
        PairRDD<Integer, Iterable<Integer>> grouped =
                data.nextBoolean() ? rdd.groupByKey() : rdd.groupByKey(partitions);
        assertThat(asMap(grouped.mapValues(RandomData::counts).collect(), context))
                .as(context)
                .isEqualTo(valueCounts);

        Map<Integer, Integer> lastValues = new HashMap<>();
        input.forEach(p -> lastValues.put(p.key(), p.value()));
        assertThat(rdd.collectAsMap()).as(context).isEqualTo(lastValues);

        Integer probe = data.nextInt(4) == 0 ? null : data.nextInt(25);
        List<Integer> expected = groups.getOrDefault(probe, List.of());
        assertThat(rdd.lookup(probe)).as(context + ", lookup " + probe).containsExactlyElementsOf(expected);
        assertThat(rdd.partitionBy(new HashPartitioner(partitions)).lookup(probe))
                .as(context + ", lookup " + probe + " with a partitioner")
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(reduced.lookup(probe))
                .as(context + ", lookup " + probe + " after reduceByKey")
                .containsExactlyElementsOf(
                        groups.containsKey(probe) ? Collections.singletonList(sums.get(probe)) : List.of());
    }

    // ---- sorting -----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void sortsGiveAGlobalOrder(String master, long seed) {
        Rivulet rv = RIVULETS.get(master);
        RandomData data = new RandomData(seed);
        List<Pair<Integer, Integer>> input = data.pairs(data.size(), data.nextBoolean() ? 5 : 5000);
        PairRDD<Integer, Integer> rdd = rv.parallelizePairs(input, data.partitions());
        boolean ascending = data.nextBoolean();
        int partitions = data.partitions();
        String context = data + ", " + master + ", " + input.size() + " pairs, ascending " + ascending + ", "
                + partitions + " partitions";

        PairRDD<Integer, Integer> sorted = data.nextBoolean()
                ? rdd.sortByKey(ascending, partitions)
                : (ascending ? rdd.sortByKey() : rdd.sortByKey(false));
        java.util.Comparator<Integer> order = ascending ? NULLS_FIRST : NULLS_FIRST.reversed();
        List<Integer> expectedKeys = input.stream().map(Pair::key).sorted(order).toList();
        assertThat(sorted.keys().collect()).as(context).containsExactlyElementsOf(expectedKeys);
        assertThat(counts(sorted.collect())).as(context).isEqualTo(counts(input));
        List<List<Integer>> ranges = sorted.keys().glom().collect();
        RDDTransformationTest.assertRangePartitions(ranges, order);
        assertThat(ranges.size()).as(context).isEqualTo(sorted.getNumPartitions());

        Integer probe = data.nextInt(5) == 0 ? null : data.nextInt(8);
        assertThat(counts(sorted.lookup(probe)))
                .as(context + ", lookup " + probe)
                .isEqualTo(counts(input.stream()
                        .filter(p -> Objects.equals(p.key(), probe))
                        .map(Pair::value)
                        .toList()));

        List<Integer> values = input.stream().map(Pair::value).toList();
        List<Integer> byValue =
                rdd.values().sortBy(v -> v, ascending, partitions).collect();
        assertThat(byValue)
                .as(context)
                .containsExactlyElementsOf(values.stream().sorted(order).toList());
    }

    // ---- joins -------------------------------------------------------------------------------------

    private static <X> void checkOuter(
            boolean fails, java.util.function.Supplier<List<X>> join, List<X> expected, String context) {
        if (fails) {
            assertThatThrownBy(join::get)
                    .as(context)
                    .isInstanceOf(JobFailedException.class)
                    .rootCause()
                    .isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("has a null value");
        } else {
            assertThat(counts(join.get())).as(context).isEqualTo(counts(expected));
        }
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void joinsMatchNestedLoops(String master, long seed) {
        Rivulet rv = RIVULETS.get(master);
        RandomData data = new RandomData(seed);
        int keys = data.keyRange();
        List<Pair<Integer, Integer>> leftData = data.pairs(data.size() / 4, keys);
        List<Pair<Integer, Integer>> rightData = data.pairs(data.size() / 4, keys + data.nextInt(5));
        PairRDD<Integer, Integer> left = rv.parallelizePairs(leftData, data.partitions());
        PairRDD<Integer, Integer> right = rv.parallelizePairs(rightData, data.partitions());
        boolean coPartitioned = data.nextBoolean();
        if (coPartitioned) {
            HashPartitioner partitioner = new HashPartitioner(data.partitions());
            left = left.partitionBy(partitioner);
            right = right.partitionBy(partitioner);
        }
        String context = data + ", " + master + ", " + leftData.size() + " x " + rightData.size() + " pairs over "
                + keys + " keys, co-partitioned " + coPartitioned;

        List<Pair<Integer, Pair<Integer, Integer>>> inner = new ArrayList<>();
        List<Pair<Integer, Pair<Integer, Optional<Integer>>>> leftOuter = new ArrayList<>();
        List<Pair<Integer, Pair<Optional<Integer>, Integer>>> rightOuter = new ArrayList<>();
        List<Pair<Integer, Pair<Optional<Integer>, Optional<Integer>>>> fullOuter = new ArrayList<>();
        List<Pair<Integer, Integer>> subtracted = new ArrayList<>();
        for (Pair<Integer, Integer> l : leftData) {
            boolean matched = false;
            for (Pair<Integer, Integer> r : rightData) {
                if (Objects.equals(l.key(), r.key())) {
                    matched = true;
                    inner.add(Pair.of(l.key(), Pair.of(l.value(), r.value())));
                    leftOuter.add(Pair.of(l.key(), Pair.of(l.value(), Optional.ofNullable(r.value()))));
                    rightOuter.add(Pair.of(l.key(), Pair.of(Optional.ofNullable(l.value()), r.value())));
                    fullOuter.add(
                            Pair.of(l.key(), Pair.of(Optional.ofNullable(l.value()), Optional.ofNullable(r.value()))));
                }
            }
            if (!matched) {
                leftOuter.add(Pair.of(l.key(), Pair.of(l.value(), Optional.empty())));
                fullOuter.add(Pair.of(l.key(), Pair.of(Optional.ofNullable(l.value()), Optional.empty())));
                subtracted.add(l);
            }
        }
        Set<Integer> leftKeys = leftData.stream().map(Pair::key).collect(Collectors.toCollection(HashSet::new));
        for (Pair<Integer, Integer> r : rightData) {
            if (!leftKeys.contains(r.key())) {
                rightOuter.add(Pair.of(r.key(), Pair.of(Optional.empty(), r.value())));
                fullOuter.add(Pair.of(r.key(), Pair.of(Optional.empty(), Optional.ofNullable(r.value()))));
            }
        }
        assertThat(counts(left.join(right).collect())).as(context).isEqualTo(counts(inner));
        // An outer join fails on a null value that would be an Optional of the result (issue 15), else matches.
        Set<Integer> leftKeysSeen = leftData.stream().map(Pair::key).collect(Collectors.toCollection(HashSet::new));
        Set<Integer> rightKeysSeen = rightData.stream().map(Pair::key).collect(Collectors.toCollection(HashSet::new));
        boolean nullOnTheRightOfALeftKey =
                rightData.stream().anyMatch(r -> r.value() == null && leftKeysSeen.contains(r.key()));
        boolean nullOnTheLeftOfARightKey =
                leftData.stream().anyMatch(l -> l.value() == null && rightKeysSeen.contains(l.key()));
        boolean anyNull = Stream.concat(leftData.stream(), rightData.stream()).anyMatch(p -> p.value() == null);
        PairRDD<Integer, Integer> l = left;
        PairRDD<Integer, Integer> r = right;
        checkOuter(nullOnTheRightOfALeftKey, () -> l.leftOuterJoin(r).collect(), leftOuter, context);
        checkOuter(
                nullOnTheLeftOfARightKey,
                () -> l.rightOuterJoin(r, data.partitions()).collect(),
                rightOuter,
                context);
        checkOuter(anyNull, () -> l.fullOuterJoin(r).collect(), fullOuter, context);
        assertThat(counts(left.subtractByKey(right).collect())).as(context).isEqualTo(counts(subtracted));

        Map<Integer, List<Integer>> leftGroups = groupValues(leftData);
        Map<Integer, List<Integer>> rightGroups = groupValues(rightData);
        Map<Integer, Pair<Map<Integer, Long>, Map<Integer, Long>>> expectedCogroup = new HashMap<>();
        Set<Integer> allKeys = new HashSet<>(leftGroups.keySet());
        allKeys.addAll(rightGroups.keySet());
        for (Integer k : allKeys) {
            expectedCogroup.put(
                    k,
                    Pair.of(
                            counts(leftGroups.getOrDefault(k, List.of())),
                            counts(rightGroups.getOrDefault(k, List.of()))));
        }
        List<Pair<Integer, Pair<Map<Integer, Long>, Map<Integer, Long>>>> cogrouped = left.cogroup(right)
                .mapValues(g -> Pair.of(counts(g.key()), counts(g.value())))
                .collect();
        assertThat(asMap(cogrouped, context)).as(context).isEqualTo(expectedCogroup);
    }

    // ---- set operations ----------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void setOperationsMatchCollections(String master, long seed) {
        Rivulet rv = RIVULETS.get(master);
        RandomData data = new RandomData(seed);
        int range = 1 + data.nextInt(200);
        List<Integer> a = data.ints(data.size(), range, 0.05);
        List<Integer> b = data.ints(data.size(), range, 0.05);
        RDD<Integer> left = rv.parallelize(a, data.partitions());
        RDD<Integer> right = rv.parallelize(b, data.partitions());
        String context = data + ", " + master + ", " + a.size() + " and " + b.size() + " elements in " + range;

        assertThat(counts(left.distinct().collect())).as(context).isEqualTo(counts(distinct(a)));
        Set<Integer> inB = new HashSet<>(b);
        assertThat(counts(left.subtract(right).collect()))
                .as(context)
                .isEqualTo(counts(a.stream().filter(x -> !inB.contains(x)).toList()));
        assertThat(counts(left.intersection(right).collect()))
                .as(context)
                .isEqualTo(counts(distinct(a.stream().filter(inB::contains).toList())));
        List<Integer> union = new ArrayList<>(a);
        union.addAll(b);
        assertThat(left.union(right).collect()).as(context).containsExactlyElementsOf(union);
        assertThat(rv.union(left, right, left).count()).as(context).isEqualTo(2L * a.size() + b.size());
        if (a.size() * (long) b.size() <= 50_000) {
            assertThat(left.cartesian(right).count()).as(context).isEqualTo((long) a.size() * b.size());
        }
    }

    // ---- structure: indexes, partitions, sampling --------------------------------------------------

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void structureAndSamplingMatchTheInput(String master, long seed) {
        Rivulet rv = RIVULETS.get(master);
        RandomData data = new RandomData(seed);
        List<Integer> input = data.ints();
        int partitions = data.partitions();
        RDD<Integer> rdd = rv.parallelize(input, partitions);
        String context = data + ", " + master + ", " + input.size() + " elements in " + partitions;

        List<Pair<Integer, Long>> indexed = rdd.zipWithIndex().collect();
        for (int i = 0; i < input.size(); i++) {
            assertThat(indexed.get(i)).as(context).isEqualTo(Pair.of(input.get(i), (long) i));
        }
        assertThat(indexed).as(context).hasSize(input.size());
        List<Long> ids = rdd.zipWithUniqueId().values().collect();
        assertThat(new HashSet<>(ids)).as(context).hasSize(input.size());

        List<Integer> flattened = new ArrayList<>();
        rdd.glom().collect().forEach(flattened::addAll);
        assertThat(flattened).as(context).containsExactlyElementsOf(input);
        List<Integer> iterated = new ArrayList<>();
        rdd.toLocalIterator().forEachRemaining(iterated::add);
        assertThat(iterated).as(context).containsExactlyElementsOf(input);
        int target = data.partitions();
        assertThat(rdd.coalesce(target).collect()).as(context).containsExactlyElementsOf(input);
        RDD<Integer> repartitioned = rdd.repartition(target);
        assertThat(repartitioned.getNumPartitions()).as(context).isEqualTo(target);
        assertThat(counts(repartitioned.collect())).as(context).isEqualTo(counts(input));
        List<Integer> sizes = repartitioned.glom().map(List::size).collect();
        assertThat(Collections.max(sizes) - Collections.min(sizes))
                .as(context + ", repartition sizes " + sizes)
                .isLessThanOrEqualTo(partitions);

        double fraction = data.nextInt(101) / 100.0;
        long sampleSeed = data.nextLong();
        List<Integer> sample = rdd.sample(false, fraction, sampleSeed).collect();
        assertThat(rdd.sample(false, fraction, sampleSeed).collect())
                .as(context)
                .isEqualTo(sample);
        Map<Integer, Long> available = counts(input);
        counts(sample)
                .forEach((x, c) ->
                        assertThat(available.getOrDefault(x, 0L)).as(context).isGreaterThanOrEqualTo(c));
        int num = data.nextInt(40);
        assertThat(rdd.takeSample(false, num, sampleSeed)).as(context).hasSize(Math.min(num, input.size()));
        assertThat(rdd.takeSample(true, num, sampleSeed))
                .as(context)
                .hasSize(input.isEmpty() ? 0 : num)
                .allMatch(available::containsKey);

        ArrayList<Integer> zero = new ArrayList<>();
        List<Integer> gathered = rdd.aggregate(
                zero,
                (list, x) -> {
                    list.add(x);
                    return list;
                },
                (x, y) -> {
                    x.addAll(y);
                    return x;
                });
        assertThat(counts(gathered)).as(context).isEqualTo(counts(input));
        assertThat(zero).as(context).isEmpty();
    }

    // ---- injected task failures --------------------------------------------------------------------

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void resultsSurviveInjectedTaskFailures(String master, long seed) {
        Rivulet rv = RIVULETS.get(master);
        RandomData data = new RandomData(seed);
        List<Pair<Integer, Integer>> input = data.pairs();
        int failEvery = 1 + data.nextInt(3);
        String context = data + ", " + master + ", first attempt of every " + failEvery + "th partition fails";
        PairRDD<Integer, Integer> rdd = rv.parallelizePairs(input, data.partitions());
        PairRDD<Integer, Integer> flakyMap = rdd.mapValues(v -> failFirstAttempt(v, failEvery));
        PairRDD<Integer, Integer> reduced = flakyMap.reduceByKey(RandomData::nullSafeSum, data.partitions())
                .mapValues(v -> failFirstAttempt(v, failEvery));

        Map<Integer, Integer> sums = new HashMap<>();
        groupValues(input).forEach((k, vs) -> sums.put(k, vs.stream().reduce(null, RandomData::nullSafeSum)));
        assertThat(asMap(reduced.collect(), context)).as(context).isEqualTo(sums);
        assertThat(flakyMap.collect()).as(context).containsExactlyElementsOf(input);
    }

    private static Integer failFirstAttempt(Integer value, int every) {
        TaskContext context = TaskContext.current();
        if (context.attempt() == 0 && context.partitionId() % every == 0) {
            throw new IllegalStateException("injected failure in partition " + context.partitionId());
        }
        return value;
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static List<Integer> copies(Integer x) {
        if (x == null) {
            return Collections.singletonList(null);
        }
        return Collections.nCopies(Math.floorMod(x, 3), x);
    }

    private static <T> List<T> distinct(List<T> list) {
        return new ArrayList<>(new LinkedHashSet<>(list));
    }

    private static <T> List<T> prefix(List<T> list, int n) {
        return list.subList(0, Math.min(n, list.size()));
    }

    private static int size(Iterable<?> values) {
        int n = 0;
        for (Object ignored : values) {
            n++;
        }
        return n;
    }

    /** Values of each key in input order; null keys included (unlike {@code Collectors.groupingBy}). */
    private static <K, V> Map<K, List<V>> groupValues(List<Pair<K, V>> pairs) {
        Map<K, List<V>> groups = new LinkedHashMap<>();
        for (Pair<K, V> pair : pairs) {
            groups.computeIfAbsent(pair.key(), k -> new ArrayList<>()).add(pair.value());
        }
        return groups;
    }

    /** The pairs as a map, asserting that no key occurs twice (a keyed result has one record per key). */
    private static <K, V> Map<K, V> asMap(List<Pair<K, V>> pairs, String context) {
        Map<K, V> map = new HashMap<>();
        for (Pair<K, V> pair : pairs) {
            assertThat(map).as(context + ", key seen twice: " + pair.key()).doesNotContainKey(pair.key());
            map.put(pair.key(), pair.value());
        }
        return map;
    }
}
