package io.rivulet.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** A job's main method threw; the cause is what it threw. */
final class JobException extends Exception {
    private final String job;

    JobException(String job, Throwable cause) {
        super("job " + job + " failed: " + cause, requireNonNull(cause, "cause is null"));
        this.job = job;
    }

    /**
     * Prints what the job threw as {@code java} prints an uncaught exception, without the frames of the command
     * line and of reflection below the job's main method: they say nothing about the job.
     */
    void printTo(PrintWriter err) {
        Throwable thrown = getCause();
        trim(thrown, Collections.newSetFromMap(new IdentityHashMap<>()));
        err.print("Exception in job " + job + ": ");
        thrown.printStackTrace(err);
        err.flush();
    }

    private static void trim(Throwable throwable, Set<Throwable> seen) {
        if (throwable == null || !seen.add(throwable)) {
            return;
        }
        StackTraceElement[] frames = throwable.getStackTrace();
        int cut = firstLauncherFrame(frames);
        if (cut < frames.length) {
            while (cut > 0 && isReflection(frames[cut - 1])) {
                cut--;
            }
            throwable.setStackTrace(Arrays.copyOf(frames, cut));
        }
        trim(throwable.getCause(), seen);
        for (Throwable suppressed : throwable.getSuppressed()) {
            trim(suppressed, seen);
        }
    }

    private static int firstLauncherFrame(StackTraceElement[] frames) {
        for (int i = 0; i < frames.length; i++) {
            if (frames[i].getClassName().equals(JobLauncher.class.getName())) {
                return i;
            }
        }
        return frames.length;
    }

    private static boolean isReflection(StackTraceElement frame) {
        String name = frame.getClassName();
        return name.startsWith("jdk.internal.reflect.") || name.equals("java.lang.reflect.Method");
    }
}
