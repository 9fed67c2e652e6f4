/**
 * Internal: the shuffle. A {@code ShuffleSpec} says what one shuffle does with its records (key-value pairs
 * combined and sorted by key, or records of any type moved as they are, such as the DataFrame layer's column
 * batches); {@code ShuffleManager} writes map outputs (combining map-side when it can) and reads reduce
 * partitions; {@code MapOutputTracker} knows which map outputs exist ({@code MapStatus}); a reduce task that
 * cannot read one ends with {@code FetchFailedException}, marked on its context.
 */
package io.rivulet.shuffle;
