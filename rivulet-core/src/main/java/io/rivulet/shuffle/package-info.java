/**
 * Internal: the shuffle. {@code ShuffleManager} writes map outputs (combining map-side when it can) and reads
 * reduce partitions; {@code MapOutputTracker} knows which map outputs exist.
 */
package io.rivulet.shuffle;
