package io.rivulet.util;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ids of one {@code Rivulet}'s RDDs, shuffles, jobs, stages and tasks, each counted from 0 as Spark
 * numbers them. Thread-safe.
 */
public final class IdSource {
    private final AtomicInteger rdds = new AtomicInteger();
    private final AtomicInteger shuffles = new AtomicInteger();
    private final AtomicInteger jobs = new AtomicInteger();
    private final AtomicInteger stages = new AtomicInteger();
    private final AtomicLong tasks = new AtomicLong();

    public int newRddId() {
        return rdds.getAndIncrement();
    }

    public int newShuffleId() {
        return shuffles.getAndIncrement();
    }

    public int newJobId() {
        return jobs.getAndIncrement();
    }

    public int newStageId() {
        return stages.getAndIncrement();
    }

    public long newTaskId() {
        return tasks.getAndIncrement();
    }
}
