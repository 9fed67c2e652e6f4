package io.rivulet.rdd;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * That an RDD is to be checkpointed after the next job that computes it, and how: {@link Kind#RELIABLE}
 * ({@code checkpoint()}: written to files under the checkpoint directory) or {@link Kind#LOCAL}
 * ({@code localCheckpoint()}: kept as persisted blocks). One writer claims it, so that two jobs ending at
 * once do not both write the checkpoint.
 */
final class CheckpointMark {
    /** Where the checkpoint is kept. */
    public enum Kind {
        RELIABLE,
        LOCAL
    }

    private final Kind kind;
    private final AtomicBoolean claimed = new AtomicBoolean();

    public CheckpointMark(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** True for the one caller that may write the checkpoint now. */
    boolean claim() {
        return claimed.compareAndSet(false, true);
    }

    /** Gives the claim back after a failed write, so that a later job tries again. */
    void release() {
        claimed.set(false);
    }
}
