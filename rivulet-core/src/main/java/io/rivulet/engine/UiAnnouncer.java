package io.rivulet.engine;

import io.rivulet.JobInfo;
import io.rivulet.JobListener;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Prints the web UI's address once, on stderr, when it is worth a look: once a job has run for
 * {@value #AFTER_MILLIS} ms. Short jobs (a quick script, a test) print nothing; {@code rv.uiWebUrl()} gives the
 * address at any time. The check runs on the engine's timer, so a job with one long task is announced while
 * that task runs.
 */
final class UiAnnouncer implements JobListener {
    static final long AFTER_MILLIS = 1000;

    private final String line;
    private final EngineTimer timer;
    private final Consumer<String> err;
    private final Set<Integer> running = new HashSet<>(); // guarded by this
    private boolean printed; // guarded by this

    /** @param err prints a line on stderr (above the progress bar, when there is one) */
    UiAnnouncer(String appName, String url, EngineTimer timer, Consumer<String> err) {
        this.line = "Rivulet web UI for " + appName + " at " + url;
        this.timer = timer;
        this.err = err;
    }

    @Override
    public void onJobStart(JobInfo job) {
        synchronized (this) {
            if (printed) {
                return;
            }
            running.add(job.jobId());
        }
        timer.schedule(() -> printIfStillRunning(job.jobId()), AFTER_MILLIS);
    }

    @Override
    public synchronized void onJobEnd(JobInfo job) {
        running.remove(job.jobId());
    }

    private void printIfStillRunning(int jobId) {
        synchronized (this) {
            if (printed || !running.contains(jobId)) {
                return;
            }
            printed = true;
            running.clear();
        }
        err.accept(line);
    }
}
