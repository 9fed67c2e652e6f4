package io.rivulet.memory;

import io.rivulet.SpillInfo;

/** Receives every spill, so it reaches metrics, listeners and the log. */
@FunctionalInterface
public interface SpillReporter {
    void spilled(SpillInfo spill);
}
