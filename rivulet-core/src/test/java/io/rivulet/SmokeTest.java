package io.rivulet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void wordCountAndFriends() {
        try (Rivulet rv = Rivulet.builder().master("local[2]").build()) {
            RDD<String> lines = rv.parallelize(List.of("a b c", "a b", "a"), 2);
            PairRDD<String, Long> counts = lines.flatMap(l -> Arrays.asList(l.split(" ")))
                    .mapToPair(w -> Pair.of(w, 1L))
                    .reduceByKey(Long::sum);
            assertThat(counts.collectAsMap())
                    .containsEntry("a", 3L)
                    .containsEntry("b", 2L)
                    .containsEntry("c", 1L);
            assertThat(counts.sortByKey(false, 2).keys().collect()).containsExactly("c", "b", "a");
            assertThat(rv.range(0, 1000).filter(x -> x % 3 == 0).count()).isEqualTo(334);
            PairRDD<String, Integer> left = rv.parallelizePairs(List.of(Pair.of("a", 1), Pair.of("b", 2)));
            PairRDD<String, String> right = rv.parallelizePairs(List.of(Pair.of("a", "x"), Pair.of("a", "y")));
            assertThat(left.join(right).collect())
                    .containsExactlyInAnyOrder(Pair.of("a", Pair.of(1, "x")), Pair.of("a", Pair.of(1, "y")));
            assertThat(rv.range(0, 100, 1, 7).take(5)).containsExactly(0L, 1L, 2L, 3L, 4L);
            System.out.println(counts.sortByKey().toDebugString());
        }
    }
}
