package io.rivulet;

import java.io.Serializable;

/**
 * A key and a value: the element type of {@link PairRDD}. Either may be null.
 *
 * <p>{@link #toString()} is {@code (key,value)}, which is also how {@link RDD#saveAsTextFile} writes pairs.
 */
public record Pair<K, V>(K key, V value) implements Serializable {

    public static <K, V> Pair<K, V> of(K key, V value) {
        return new Pair<>(key, value);
    }

    @Override
    public String toString() {
        return "(" + key + "," + value + ")";
    }
}
