package io.rivulet.memory;

import io.rivulet.function.Function;
import io.rivulet.function.Function2;
import io.rivulet.util.Sneaky;

/**
 * How values of one key are combined: the first value becomes a combiner, later values are merged into
 * it, and combiners from different map tasks are merged with each other. {@code reduceByKey},
 * {@code aggregateByKey}, {@code foldByKey}, {@code combineByKey}, {@code distinct} and {@code groupByKey}
 * are all this one shape.
 *
 * <p>{@code primitive}, when not null, says that the value is its own combiner and that both merges are one
 * recognized method on primitives ({@link PrimitiveReduce}): combining maps may then keep a mutable cell
 * per key.
 */
public record Aggregator<V, C>(
        Function<V, C> createCombiner,
        Function2<C, V, C> mergeValue,
        Function2<C, C, C> mergeCombiners,
        PrimitiveReduce primitive) {

    public Aggregator(Function<V, C> createCombiner, Function2<C, V, C> mergeValue, Function2<C, C, C> mergeCombiners) {
        this(createCombiner, mergeValue, mergeCombiners, null);
    }

    public C create(V value) {
        try {
            return createCombiner.call(value);
        } catch (Exception e) {
            throw Sneaky.rethrow(e);
        }
    }

    public C mergeValue(C combiner, V value) {
        try {
            return mergeValue.call(combiner, value);
        } catch (Exception e) {
            throw Sneaky.rethrow(e);
        }
    }

    public C mergeCombiners(C left, C right) {
        try {
            return mergeCombiners.call(left, right);
        } catch (Exception e) {
            throw Sneaky.rethrow(e);
        }
    }
}
