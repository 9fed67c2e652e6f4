package io.rivulet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Joins, cogroup and subtractByKey: duplicate keys on both sides, missing keys, null keys and values. */
class PairRDDJoinTest {
    private static Rivulet rv;

    @BeforeAll
    static void start() {
        rv = Rivulet.builder().master("local[3]").appName("pair-join-test").build();
    }

    @AfterAll
    static void stop() {
        rv.close();
    }

    /** k1 twice, k2 once, only-left once, null key once. */
    private static PairRDD<String, Integer> left() {
        return rv.parallelizePairs(
                Arrays.asList(
                        Pair.of("k1", 1), Pair.of("k2", 2), Pair.of("k1", 3), Pair.of("left", 4), Pair.of(null, 5)),
                3);
    }

    /** {@link #right()} without k1's null value. */
    private static PairRDD<String, String> rightWithoutNullValues() {
        return right().filter(pair -> pair.value() != null);
    }

    /** k1 three times (one null value), k2 once, only-right once, null key once. */
    private static PairRDD<String, String> right() {
        return rv.parallelizePairs(
                Arrays.asList(
                        Pair.of("k1", "a"),
                        Pair.of("right", "r"),
                        Pair.of("k1", "b"),
                        Pair.of("k2", "c"),
                        Pair.of("k1", null),
                        Pair.of(null, "n")),
                2);
    }

    @Test
    void joinPairsEveryLeftValueWithEveryRightValueOfAKey() {
        List<Pair<String, Pair<Integer, String>>> joined = left().join(right()).collect();
        assertThat(joined)
                .containsExactlyInAnyOrder(
                        Pair.of("k1", Pair.of(1, "a")),
                        Pair.of("k1", Pair.of(1, "b")),
                        Pair.of("k1", Pair.of(1, null)),
                        Pair.of("k1", Pair.of(3, "a")),
                        Pair.of("k1", Pair.of(3, "b")),
                        Pair.of("k1", Pair.of(3, null)),
                        Pair.of("k2", Pair.of(2, "c")),
                        // As in Spark's RDD API, a null key matches a null key.
                        Pair.of(null, Pair.of(5, "n")));
    }

    @Test
    void joinPartitioning() {
        PairRDD<String, Pair<Integer, String>> joined = left().join(right());
        assertThat(joined.getNumPartitions()).isEqualTo(3);
        assertThat(joined.partitioner()).contains(new HashPartitioner(3));
        assertThat(left().join(right(), 5).partitioner()).contains(new HashPartitioner(5));
        assertThat(left().join(right(), new HashPartitioner(2)).getNumPartitions())
                .isEqualTo(2);
        assertThat(left().join(right(), 5).count()).isEqualTo(8);
    }

    @Test
    void joinWithNothingInCommonOrWithEmptyRdds() {
        PairRDD<String, String> other = rv.parallelizePairs(List.of(Pair.of("zzz", "z")), 2);
        assertThat(left().join(other).collect()).isEmpty();
        PairRDD<String, String> empty = rv.parallelizePairs(List.of(), 2);
        assertThat(left().join(empty).collect()).isEmpty();
        assertThat(empty.join(left()).collect()).isEmpty();
        PairRDD<String, String> noPartitions =
                rv.<Pair<String, String>>emptyRDD().mapToPair(p -> p);
        assertThat(left().join(noPartitions).collect()).isEmpty();
        assertThat(noPartitions.join(noPartitions).collect()).isEmpty();
        assertThat(noPartitions.fullOuterJoin(left()).count()).isEqualTo(5);
    }

    @Test
    void selfJoinSquaresDuplicateKeys() {
        PairRDD<String, Integer> rdd = left();
        assertThat(rdd.join(rdd).collect())
                .containsExactlyInAnyOrder(
                        Pair.of("k1", Pair.of(1, 1)),
                        Pair.of("k1", Pair.of(1, 3)),
                        Pair.of("k1", Pair.of(3, 1)),
                        Pair.of("k1", Pair.of(3, 3)),
                        Pair.of("k2", Pair.of(2, 2)),
                        Pair.of("left", Pair.of(4, 4)),
                        Pair.of(null, Pair.of(5, 5)));
    }

    @Test
    void leftOuterJoinKeepsLeftKeysMissingOnTheRight() {
        assertThat(left().leftOuterJoin(rightWithoutNullValues()).collect())
                .containsExactlyInAnyOrder(
                        Pair.of("k1", Pair.of(1, Optional.of("a"))),
                        Pair.of("k1", Pair.of(1, Optional.of("b"))),
                        Pair.of("k1", Pair.of(3, Optional.of("a"))),
                        Pair.of("k1", Pair.of(3, Optional.of("b"))),
                        Pair.of("k2", Pair.of(2, Optional.of("c"))),
                        Pair.of("left", Pair.of(4, Optional.empty())),
                        Pair.of(null, Pair.of(5, Optional.of("n"))));
        assertThat(left().leftOuterJoin(right(), 4).getNumPartitions()).isEqualTo(4);
        assertThat(left().leftOuterJoin(rv.<String, String>parallelizePairs(List.of(), 1))
                        .values()
                        .collect())
                .extracting(Pair::value)
                .containsOnly(Optional.empty())
                .hasSize(5);
    }

    @Test
    void rightOuterJoinKeepsRightKeysMissingOnTheLeft() {
        assertThat(left().rightOuterJoin(right()).collect())
                .containsExactlyInAnyOrder(
                        Pair.of("k1", Pair.of(Optional.of(1), "a")),
                        Pair.of("k1", Pair.of(Optional.of(1), "b")),
                        Pair.of("k1", Pair.of(Optional.of(1), null)),
                        Pair.of("k1", Pair.of(Optional.of(3), "a")),
                        Pair.of("k1", Pair.of(Optional.of(3), "b")),
                        Pair.of("k1", Pair.of(Optional.of(3), null)),
                        Pair.of("k2", Pair.of(Optional.of(2), "c")),
                        Pair.of("right", Pair.of(Optional.empty(), "r")),
                        Pair.of(null, Pair.of(Optional.of(5), "n")));
        assertThat(left().rightOuterJoin(right(), new HashPartitioner(6)).partitioner())
                .contains(new HashPartitioner(6));
    }

    @Test
    void fullOuterJoinKeepsEveryKeyOfEitherSide() {
        List<Pair<String, Pair<Optional<Integer>, Optional<String>>>> joined =
                left().fullOuterJoin(rightWithoutNullValues()).collect();
        assertThat(joined).hasSize(8);
        assertThat(joined)
                .contains(
                        Pair.of("left", Pair.of(Optional.of(4), Optional.empty())),
                        Pair.of("right", Pair.of(Optional.empty(), Optional.of("r"))),
                        Pair.of("k2", Pair.of(Optional.of(2), Optional.of("c"))),
                        Pair.of(null, Pair.of(Optional.of(5), Optional.of("n"))));
        assertThat(joined.stream().filter(p -> "k1".equals(p.key())).count()).isEqualTo(4);
        assertThat(left().fullOuterJoin(right(), 2).getNumPartitions()).isEqualTo(2);
    }

    /**
     * A key matched to a null value is not a key without a match: an empty {@code Optional} would say the
     * latter, and {@code Optional} cannot hold null, so the job fails naming the key, as Spark's does (issue 15).
     */
    @Test
    void aNullValueOnTheOptionalSideOfAnOuterJoinFailsNamingTheKey() {
        PairRDD<String, Integer> withNullLeft =
                rv.parallelizePairs(Arrays.asList(Pair.of("k2", null), Pair.of("only-left", null)), 1);
        assertThatThrownBy(() -> left().leftOuterJoin(right()).collect())
                .isInstanceOf(JobFailedException.class)
                .rootCause()
                .isInstanceOf(NullPointerException.class)
                .hasMessageStartingWith("leftOuterJoin: key k1 has a null value on the right side")
                .hasMessageContaining("cogroup");
        assertThatThrownBy(() -> withNullLeft.rightOuterJoin(right()).collect())
                .rootCause()
                .hasMessageStartingWith("rightOuterJoin: key k2 has a null value on the left side");
        assertThatThrownBy(() -> left().fullOuterJoin(right()).collect())
                .rootCause()
                .hasMessageStartingWith("fullOuterJoin: key k1 has a null value on the right side");
        // Null values on the side that is not optional, and null keys, stay as they are.
        // A key of the left side only is dropped by rightOuterJoin: its null value is never an Optional.
        assertThat(withNullLeft
                        .filter(pair -> pair.key().equals("only-left"))
                        .rightOuterJoin(right())
                        .count())
                .isEqualTo(6);
        assertThat(withNullLeft.leftOuterJoin(right()).collect())
                .containsExactlyInAnyOrder(
                        Pair.of("k2", Pair.of(null, Optional.of("c"))),
                        Pair.of("only-left", Pair.of(null, Optional.empty())));
    }

    @Test
    void cogroupGivesBothSidesValuesForEveryKey() {
        Map<String, Pair<Iterable<Integer>, Iterable<String>>> groups =
                left().cogroup(right()).collectAsMap();
        assertThat(groups).containsOnlyKeys("k1", "k2", "left", "right", null);
        assertThat(list(groups.get("k1").key())).containsExactlyInAnyOrder(1, 3);
        assertThat(list(groups.get("k1").value())).containsExactlyInAnyOrder("a", "b", null);
        assertThat(list(groups.get("left").key())).containsExactly(4);
        assertThat(list(groups.get("left").value())).isEmpty();
        assertThat(list(groups.get("right").key())).isEmpty();
        assertThat(list(groups.get("right").value())).containsExactly("r");
        assertThat(list(groups.get(null).key())).containsExactly(5);
        assertThat(left().cogroup(right(), 4).getNumPartitions()).isEqualTo(4);
        assertThat(left().cogroup(right(), new HashPartitioner(2)).partitioner())
                .contains(new HashPartitioner(2));
    }

    @Test
    void cogroupWithAnEmptySide() {
        Map<String, Pair<Iterable<Integer>, Iterable<String>>> groups = left().cogroup(
                        rv.<String, String>parallelizePairs(List.of(), 3))
                .collectAsMap();
        assertThat(groups).hasSize(4);
        assertThat(groups.values()).allSatisfy(g -> assertThat(list(g.value())).isEmpty());
    }

    @Test
    void subtractByKeyDropsEveryPairWhoseKeyIsInTheOther() {
        PairRDD<String, Integer> rest = left().subtractByKey(right());
        assertThat(rest.collect()).containsExactly(Pair.of("left", 4));
        PairRDD<String, Integer> noNullKey =
                left().subtractByKey(rv.parallelizePairs(Arrays.asList(Pair.of((String) null, 0)), 1));
        assertThat(noNullKey.collect())
                .containsExactlyInAnyOrder(Pair.of("k1", 1), Pair.of("k2", 2), Pair.of("k1", 3), Pair.of("left", 4));
        assertThat(left().subtractByKey(rv.<String, Integer>parallelizePairs(List.of(), 2))
                        .count())
                .isEqualTo(5);
        assertThat(left().subtractByKey(right(), 7).getNumPartitions()).isEqualTo(7);
        assertThat(left().subtractByKey(left()).collect()).isEmpty();
    }

    @Test
    void subtractByKeyKeepsDuplicatePairsOfTheLeft() {
        PairRDD<Integer, String> rdd =
                rv.parallelizePairs(List.of(Pair.of(1, "x"), Pair.of(1, "x"), Pair.of(2, "y"), Pair.of(3, "z")), 2);
        PairRDD<Integer, Integer> other = rv.parallelizePairs(List.of(Pair.of(2, 0), Pair.of(2, 0)), 2);
        assertThat(rdd.subtractByKey(other).collect())
                .containsExactlyInAnyOrder(Pair.of(1, "x"), Pair.of(1, "x"), Pair.of(3, "z"));
    }

    @Test
    void joinsOfManyDuplicates() {
        List<Pair<Integer, Integer>> leftData = new ArrayList<>();
        List<Pair<Integer, Integer>> rightData = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            leftData.add(Pair.of(i % 4, i));
            rightData.add(Pair.of(i % 5, -i));
        }
        PairRDD<Integer, Integer> l = rv.parallelizePairs(leftData, 3);
        PairRDD<Integer, Integer> r = rv.parallelizePairs(rightData, 4);
        // keys 0..3 each: 50 left values x 40 right values
        assertThat(l.join(r).count()).isEqualTo(4 * 50 * 40);
        assertThat(l.fullOuterJoin(r).count()).isEqualTo(4 * 50 * 40 + 40);
        assertThat(l.leftOuterJoin(r).count()).isEqualTo(4 * 50 * 40);
        assertThat(l.rightOuterJoin(r).count()).isEqualTo(4 * 50 * 40 + 40);
        assertThat(l.join(r).keys().distinct().collect())
                .usingElementComparator(Comparator.naturalOrder())
                .containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    private static <T> List<T> list(Iterable<T> values) {
        List<T> list = new ArrayList<>();
        values.forEach(list::add);
        return list;
    }
}
