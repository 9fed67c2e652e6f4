package io.rivulet.scheduler;

import io.rivulet.JobInfo;
import io.rivulet.JobListener;
import io.rivulet.SpillInfo;
import io.rivulet.StageInfo;
import io.rivulet.TaskInfo;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers scheduler events to listeners. Delivery is synchronous and serialized by one lock, so a
 * listener sees events one at a time and in order without needing to be thread-safe itself. The scheduler posts
 * them; so does a cluster runner, translating its cluster's events (from a thread of its own).
 */
public final class ListenerBus {
    private static final Logger LOG = Logger.getLogger(ListenerBus.class.getName());

    private final List<JobListener> listeners = new CopyOnWriteArrayList<>();
    private final Object deliveryLock = new Object();

    public void add(JobListener listener) {
        listeners.add(listener);
    }

    public void remove(JobListener listener) {
        listeners.remove(listener);
    }

    public boolean isEmpty() {
        return listeners.isEmpty();
    }

    public void jobStart(JobInfo job) {
        post(listener -> listener.onJobStart(job));
    }

    public void jobEnd(JobInfo job) {
        post(listener -> listener.onJobEnd(job));
    }

    public void stageSubmitted(StageInfo stage) {
        post(listener -> listener.onStageSubmitted(stage));
    }

    public void stageCompleted(StageInfo stage) {
        post(listener -> listener.onStageCompleted(stage));
    }

    public void taskEnd(TaskInfo task) {
        post(listener -> listener.onTaskEnd(task));
    }

    public void spilled(SpillInfo spill) {
        post(listener -> listener.onSpill(spill));
    }

    private void post(Consumer<JobListener> event) {
        if (listeners.isEmpty()) {
            return;
        }
        synchronized (deliveryLock) {
            for (JobListener listener : listeners) {
                try {
                    event.accept(listener);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "listener " + listener + " failed; ignoring", e);
                }
            }
        }
    }
}
