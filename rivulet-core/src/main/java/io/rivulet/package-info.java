/**
 * Public API: {@link io.rivulet.Rivulet} (the entry point), {@link io.rivulet.RDD} and {@link io.rivulet.PairRDD},
 * partitioners, storage levels, listener events and their small value types. Everything in other packages
 * except {@code io.rivulet.function} is internal and may change between versions.
 */
package io.rivulet;
