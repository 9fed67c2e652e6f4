package io.rivulet.progress;

import static java.util.Objects.requireNonNull;

import io.rivulet.JobInfo;
import io.rivulet.JobListener;
import io.rivulet.StageInfo;
import io.rivulet.TaskInfo;
import io.rivulet.scheduler.ListenerBus;
import io.rivulet.util.NamedThreadFactory;
import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Spark's console progress bar: while stages run, one line on stderr shows each active stage's progress,
 * {@code [Stage 3:=====>     (12 + 2) / 40]} (tasks completed + tasks running / tasks), redrawn in place
 * with carriage returns and wiped when the stages end.
 *
 * <p>How it is used: {@code Rivulet.builder().build()} calls {@link #startIfEnabled}, which registers one
 * as a listener when {@code rivulet.ui.showConsoleProgress} is true, by default only when this JVM has a terminal
 * ({@link #hasTerminal()}: {@code bin/rivulet} sets the key from whether stderr itself is one);
 * {@code Rivulet.close()} closes it.
 *
 * <p>As in Spark: a stage shows once it has run {@value #FIRST_DELAY_MILLIS} ms (short stages never
 * flicker), at most {@value #MAX_STAGES_SHOWN} stages share the line, each in an equal share of the
 * terminal's width ({@code COLUMNS}, else 80), the line is drawn again only when it changed (or after a
 * minute, to keep idle connections alive), and it is wiped when a job ends so that what the program prints
 * next starts on a clean line.
 *
 * <p>Running tasks are an estimate: the scheduler reports stage submissions and task ends, not task starts.
 * Tasks queue for the worker slots in submission order, so the slots go to the active stages in the order
 * they were submitted, each taking as many as it has tasks left. A retried task's stage may be shown with
 * one running too many or too few while the retry waits in the queue.
 *
 * <p>Threading: listener events arrive one at a time on jobs' threads; a daemon timer thread redraws every
 * {@value #UPDATE_PERIOD_MILLIS} ms. Both go through this object's lock, which is also held while writing,
 * so lines never interleave. Tests drive {@link #refresh()} themselves with a fake clock and no timer.
 */
public final class ConsoleProgressBar implements JobListener, AutoCloseable {
    /** Whether to show the bar: {@code true} or {@code false}; by default, whether there is a terminal. */
    static final long UPDATE_PERIOD_MILLIS = 200;

    static final long FIRST_DELAY_MILLIS = 500;
    static final int MAX_STAGES_SHOWN = 3;
    /** Redraw an unchanged line after this long, as Spark does, so that idle ssh sessions see output. */
    static final long REDRAW_UNCHANGED_MILLIS = 60_000;

    private static final int DEFAULT_COLUMNS = 80;

    private final PrintStream out;
    private final LongSupplier clock;
    private final int columns;
    private final int slots;
    private final ScheduledExecutorService timer; // null when the caller drives refresh()
    /** The timer's thread, joined on close: the pool's awaitTermination returns a moment before it ends. */
    private final NamedThreadFactory timerThreads;

    // Guarded by this.
    private final Map<StageKey, StageProgress> active = new LinkedHashMap<>(); // in submission order
    private String lastLine = "";
    private long lastDrawMillis;
    private boolean closed;

    /**
     * A bar that the caller refreshes (tests); {@link #start()} adds a timer.
     *
     * @param out where the line goes (stderr)
     * @param clock milliseconds, such as {@code System::currentTimeMillis}
     * @param columns the terminal's width in characters
     * @param slots the worker slots that tasks share
     */
    ConsoleProgressBar(PrintStream out, LongSupplier clock, int columns, int slots) {
        this(out, clock, columns, slots, null, null);
    }

    private ConsoleProgressBar(
            PrintStream out,
            LongSupplier clock,
            int columns,
            int slots,
            ScheduledExecutorService timer,
            NamedThreadFactory timerThreads) {
        this.out = requireNonNull(out, "out is null");
        this.clock = requireNonNull(clock, "clock is null");
        if (columns <= 0 || slots <= 0) {
            throw new IllegalArgumentException("columns and slots must be positive: " + columns + ", " + slots);
        }
        this.columns = columns;
        this.slots = slots;
        this.timer = timer;
        this.timerThreads = timerThreads;
    }

    /**
     * Registers a bar on {@code listeners} and starts its timer, for an application of {@code slots} slots
     * whose threads are named after {@code threadNamePrefix}.
     */
    public static ConsoleProgressBar start(String threadNamePrefix, int slots, ListenerBus listeners) {
        NamedThreadFactory timerThreads = new NamedThreadFactory(threadNamePrefix + "-progress");
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(timerThreads);
        ConsoleProgressBar bar = new ConsoleProgressBar(
                System.err, System::currentTimeMillis, terminalColumns(), slots, timer, timerThreads);
        timer.scheduleWithFixedDelay(
                bar::refreshQuietly, UPDATE_PERIOD_MILLIS, UPDATE_PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        listeners.add(bar);
        return bar;
    }

    /**
     * Whether this JVM runs in a terminal: {@link System#console()} exists (stdin and stdout are a terminal)
     * and, on Java 22 and later, says it is one. Java cannot ask about stderr alone.
     */
    public static boolean hasTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal"); // Java 22+: console() may be a pipe's
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** The terminal's width: the {@code COLUMNS} environment variable (bin/rivulet exports it), else 80. */
    static int terminalColumns() {
        String value = System.getenv("COLUMNS");
        if (value != null) {
            try {
                int columns = Integer.parseInt(value.trim());
                if (columns > 0) {
                    return columns;
                }
            } catch (NumberFormatException e) {
                // not a number: use the default
            }
        }
        return DEFAULT_COLUMNS;
    }

    // ---- events ------------------------------------------------------------------------------------

    @Override
    public synchronized void onStageSubmitted(StageInfo stage) {
        active.put(
                new StageKey(stage.stageId(), stage.attempt()),
                new StageProgress(stage.stageId(), stage.numTasks(), clock.getAsLong()));
    }

    @Override
    public synchronized void onTaskEnd(TaskInfo task) {
        StageProgress stage = active.get(new StageKey(task.stageId(), task.stageAttempt()));
        if (stage != null && task.successful() && stage.completed < stage.numTasks) {
            stage.completed++;
        }
    }

    /** The stage's bar goes at once: the line is redrawn without it, or wiped if it was the last. */
    @Override
    public synchronized void onStageCompleted(StageInfo stage) {
        if (active.remove(new StageKey(stage.stageId(), stage.attempt())) != null) {
            refresh();
        }
    }

    /** Wiped when a job ends, so that what the program prints next starts on a clean line (as Spark does). */
    @Override
    public synchronized void onJobEnd(JobInfo job) {
        clear();
    }

    // ---- drawing -----------------------------------------------------------------------------------

    /** Draws the line if it changed; wipes it if no stage is to be shown. */
    synchronized void refresh() {
        if (closed) {
            return;
        }
        long now = clock.getAsLong();
        String line = render(now);
        if (line.isEmpty()) {
            clear();
        } else if (!line.equals(lastLine) || now - lastDrawMillis >= REDRAW_UNCHANGED_MILLIS) {
            // Ends with \r too: the cursor waits at the start of the line, which a full-width line needs.
            String padding = " ".repeat(Math.max(0, lastLine.length() - line.length()));
            out.print('\r' + line + padding + '\r');
            out.flush();
            lastLine = line;
            lastDrawMillis = now;
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // A timer task that throws is never run again; a bar that cannot draw is not worth a job.
        }
    }

    /** The line for the stages shown at {@code now}, or empty. */
    private String render(long now) {
        Map<StageProgress, Integer> running = estimateRunning();
        List<StageProgress> shown = new ArrayList<>();
        for (StageProgress stage : active.values()) {
            if (now - stage.submittedMillis >= FIRST_DELAY_MILLIS) {
                shown.add(stage);
            }
        }
        shown.sort(Comparator.comparingInt(stage -> stage.stageId));
        if (shown.size() > MAX_STAGES_SHOWN) {
            shown = shown.subList(0, MAX_STAGES_SHOWN);
        }
        if (shown.isEmpty()) {
            return "";
        }
        // One column short of the width: some terminals wrap as soon as the last column is written.
        int width = (columns - 1) / shown.size();
        StringBuilder line = new StringBuilder();
        for (StageProgress stage : shown) {
            line.append(bar(stage.stageId, stage.completed, running.get(stage), stage.numTasks, width));
        }
        return line.toString();
    }

    /** {@code [Stage 3:=====>     (12 + 2) / 40]} in {@code width} characters, or just the numbers if narrow. */
    static String bar(int stageId, int completed, int running, int total, int width) {
        String header = "[Stage " + stageId + ":";
        String tail = "(" + completed + " + " + running + ") / " + total + "]";
        int barWidth = width - header.length() - tail.length();
        StringBuilder bar = new StringBuilder(header);
        if (barWidth > 0) {
            int done = total == 0 ? barWidth : (int) ((long) barWidth * completed / total);
            for (int i = 0; i < barWidth; i++) {
                bar.append(i < done ? '=' : i == done ? '>' : ' ');
            }
        }
        return bar.append(tail).toString();
    }

    /** Slots go to active stages in submission order (the slots' queue order), each taking what it has left. */
    private Map<StageProgress, Integer> estimateRunning() {
        Map<StageProgress, Integer> running = new LinkedHashMap<>();
        int free = slots;
        for (StageProgress stage : active.values()) {
            int taken = Math.min(free, stage.numTasks - stage.completed);
            running.put(stage, taken);
            free -= taken;
        }
        return running;
    }

    private void clear() {
        if (!lastLine.isEmpty()) {
            out.print('\r' + " ".repeat(lastLine.length()) + '\r');
            out.flush();
            lastLine = "";
        }
    }

    /** Prints {@code message} as a line of its own on the bar's stream: the bar is wiped first and redrawn later. */
    public synchronized void printLine(String message) {
        clear();
        out.println(message);
        out.flush();
    }

    /** Stops the timer and wipes the line. Idempotent. */
    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                if (timer.awaitTermination(1, TimeUnit.SECONDS)) {
                    timerThreads.awaitThreadsEnded(1, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            clear();
            active.clear();
            closed = true;
        }
    }

    private record StageKey(int stageId, int attempt) {}

    /** One stage attempt while it runs. Identity matters: two attempts never share one. */
    private static final class StageProgress {
        final int stageId;
        final int numTasks;
        final long submittedMillis;
        int completed;

        StageProgress(int stageId, int numTasks, long submittedMillis) {
            this.stageId = stageId;
            this.numTasks = numTasks;
            this.submittedMillis = submittedMillis;
        }
    }
}
