package io.rivulet.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.function.Function2;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link PrimitiveReduce} recognizes exactly the JDK's reductions on primitives, and a key's word reduces as
 * the boxed function does, overflow and NaN included.
 */
class PrimitiveReduceTest {
    @Test
    void recognizesTheJdkMethodsOnPrimitivesAndNothingElse() {
        assertThat(PrimitiveReduce.of((Function2<Long, Long, Long>) Long::sum)).isNotNull();
        assertThat(PrimitiveReduce.of((Function2<Long, Long, Long>) Math::max)).isNotNull();
        assertThat(PrimitiveReduce.of((Function2<Integer, Integer, Integer>) Integer::sum))
                .isNotNull();
        assertThat(PrimitiveReduce.of((Function2<Double, Double, Double>) Double::sum))
                .isNotNull();
        assertThat(PrimitiveReduce.of((Function2<Double, Double, Double>) Math::min))
                .isNotNull();

        assertThat(PrimitiveReduce.of((Function2<Long, Long, Long>) (a, b) -> a + b))
                .isNull();
        assertThat(PrimitiveReduce.of((Function2<Long, Long, Long>) Long::divideUnsigned))
                .isNull();
        assertThat(PrimitiveReduce.of((Function2<Long, Long, Long>) PrimitiveReduceTest::plus))
                .isNull();
        assertThat(PrimitiveReduce.of((java.util.function.BinaryOperator<Long>) Long::sum))
                .as("not serializable: nothing to read")
                .isNull();
        assertThat(PrimitiveReduce.of(new Object())).isNull();
    }

    @Test
    void wordsReduceAsTheBoxedFunctionsDo() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        checkLongs((Function2<Long, Long, Long>) Long::sum, random);
        checkLongs((Function2<Long, Long, Long>) Long::max, random);
        checkLongs((Function2<Long, Long, Long>) Math::min, random);
        Function2<Double, Double, Double> sum = Double::sum;
        PrimitiveReduce doubles = PrimitiveReduce.of(sum);
        double[] values = {1.5, -0.25, Double.NaN, 3, Double.MAX_VALUE, Double.MAX_VALUE};
        long word = doubles.bits(values[0]);
        Double expected = values[0];
        for (int i = 1; i < values.length; i++) {
            word = doubles.merge(word, values[i]);
            expected = sum.call(expected, values[i]);
        }
        assertThat(doubles.value(word)).isEqualTo(expected);
        Function2<Integer, Integer, Integer> intSum = Integer::sum;
        PrimitiveReduce ints = PrimitiveReduce.of(intSum);
        long intWord = ints.merge(ints.bits(Integer.MAX_VALUE), 1);
        assertThat(ints.value(intWord)).isEqualTo(Integer.MIN_VALUE);
        assertThat(ints.value(ints.bits(-5))).isEqualTo(-5);
    }

    private static void checkLongs(Function2<Long, Long, Long> fn, SplittableRandom random) throws Exception {
        PrimitiveReduce reduce = PrimitiveReduce.of(fn);
        long first = random.nextLong();
        long word = reduce.bits(first);
        Long expected = first;
        for (int i = 0; i < 1000; i++) {
            long value = random.nextLong();
            word = reduce.merge(word, value);
            expected = fn.call(expected, value);
        }
        assertThat(reduce.value(word)).isEqualTo(expected);
    }

    private static long plus(long a, long b) {
        return a + b;
    }
}
