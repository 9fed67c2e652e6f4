package io.rivulet.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.function.FlatMapFunction;
import io.rivulet.function.Function;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fused iterator behind {@link Iterators#map}, {@link Iterators#filter} and {@link Iterators#flatMap}
 * agrees with its slow twin (one plain iterator per operation, here {@code java.util.stream}) on random
 * chains, and runs chains of any length in constant stack depth.
 */
class FusedIteratorTest {
    @Test
    void randomChainsAgreeWithStreams() {
        for (long seed = 0; seed < 300; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<Integer> input = new ArrayList<>();
            int size = random.nextInt(4) == 0 ? 0 : random.nextInt(50);
            for (int i = 0; i < size; i++) {
                input.add(random.nextInt(10) == 0 ? null : random.nextInt(100));
            }
            Iterator<Integer> fused = input.iterator();
            Stream<Integer> expected = input.stream();
            int operations = random.nextInt(8);
            StringBuilder chain = new StringBuilder();
            for (int op = 0; op < operations; op++) {
                switch (random.nextInt(4)) {
                    case 0 -> {
                        int add = random.nextInt(5);
                        Function<Integer, Integer> fn = x -> x == null ? null : x + add;
                        fused = Iterators.map(fused, fn);
                        expected = expected.map(x -> x == null ? null : x + add);
                        chain.append(" map+").append(add);
                    }
                    case 1 -> {
                        int modulus = 2 + random.nextInt(3);
                        Function<Integer, Boolean> keep = x -> x == null || x % modulus != 0;
                        fused = Iterators.filter(fused, keep);
                        expected = expected.filter(x -> x == null || x % modulus != 0);
                        chain.append(" filter%").append(modulus);
                    }
                    case 2 -> {
                        int copies = random.nextInt(3);
                        FlatMapFunction<Integer, Integer> fn = x -> Collections.nCopies(copies, x);
                        fused = Iterators.flatMap(fused, fn);
                        expected = expected.flatMap(x -> Collections.nCopies(copies, x).stream());
                        chain.append(" flatMap*").append(copies);
                    }
                    default -> {
                        FlatMapFunction<Integer, Integer> none =
                                x -> x != null && x % 7 == 0 ? null : Collections.singletonList(x);
                        fused = Iterators.flatMap(fused, none);
                        expected = expected.filter(x -> !(x != null && x % 7 == 0));
                        chain.append(" flatMapNull");
                    }
                }
            }

            assertThat(Iterators.toList(fused))
                    .as("seed %d, chain%s", seed, chain)
                    .isEqualTo(expected.toList());
        }
    }

    @Test
    void aChainOfAHundredThousandOperationsRunsInOneFusedIterator() {
        Iterator<Integer> it = List.of(1, 2, 3).iterator();
        for (int i = 0; i < 100_000; i++) {
            it = i % 3 == 0
                    ? Iterators.map(it, x -> x + 1)
                    : i % 3 == 1 ? Iterators.filter(it, x -> x > 0) : Iterators.flatMap(it, List::of);
        }

        assertThat(((FusedIterator<Integer>) it).operationCount()).isEqualTo(100_000);
        assertThat(Iterators.toList(it)).containsExactly(33_335, 33_336, 33_337);
    }

    @Test
    void anIteratorAlreadyReadIsWrappedNotFused() {
        Iterator<Integer> first = Iterators.map(List.of(1, 2, 3).iterator(), x -> x * 10);
        assertThat(first.next()).isEqualTo(10);

        Iterator<Integer> second = Iterators.map(first, x -> x + 1);

        assertThat(((FusedIterator<Integer>) second).operationCount()).isEqualTo(1);
        assertThat(Iterators.toList(second)).containsExactly(21, 31);
    }

    @Test
    void anIteratorHandedToAFurtherOperationRefusesToBeRead() {
        Iterator<Integer> first = Iterators.map(List.of(1).iterator(), x -> x);
        Iterator<Integer> second = Iterators.filter(first, x -> true);

        assertThatThrownBy(first::hasNext)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("handed to a further");
        assertThat(Iterators.toList(second)).containsExactly(1);
    }

    @Test
    void nextPastTheEndThrowsAndTheUsersExceptionPassesUnchanged() {
        Iterator<Integer> empty = Iterators.filter(Arrays.asList(1, 2).iterator(), x -> false);
        assertThatThrownBy(empty::next).isInstanceOf(NoSuchElementException.class);

        Exception thrown = new java.io.IOException("bad record");
        Iterator<Integer> failing = Iterators.map(List.of(1).iterator(), x -> {
            throw thrown;
        });
        assertThatThrownBy(failing::hasNext).isSameAs(thrown);
    }
}
