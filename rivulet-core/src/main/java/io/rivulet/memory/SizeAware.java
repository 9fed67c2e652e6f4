package io.rivulet.memory;

/**
 * A value that knows its own heap size, for {@link SizeEstimator}: walking it by reflection would be wrong
 * (it refers to engine objects that are not part of the value) or slow.
 */
public interface SizeAware {
    /** Estimated bytes this value holds on the heap. */
    long estimatedSize();
}
