package io.rivulet.ui;

import static io.rivulet.util.Checks.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.rivulet.status.AppStatus;
import io.rivulet.status.EventLogReader;
import io.rivulet.status.StatusJson;
import io.rivulet.status.StatusSnapshot;
import io.rivulet.status.StatusSnapshot.JobStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;

/**
 * Writes the report of an application: one HTML file that shows what the web UI shows (jobs, their DAGs and the
 * physical plans of DataFrame jobs, stages, timelines, task durations, cached RDDs, slots, spills) and needs nothing
 * else to be viewed, not even a network: data, pictures, styles and scripts are inline. {@code rivulet report} calls
 * it on an event log.
 */
public final class Report {
    /** The tasks of each stage run a report embeds (the page lists as many); their durations are all kept. */
    public static final int MAX_TASKS_PER_RUN = 200;

    /** The plans a report draws: those of the latest jobs, as many as the page draws DAGs of. */
    public static final int MAX_PLANS = 100;

    private Report() {}

    /** Replays {@code eventLog} and writes its report to {@code output}; returns the replayed model. */
    public static AppStatus write(Path eventLog, Path output) throws IOException {
        checkNotNull(eventLog, "eventLog");
        AppStatus status = EventLogReader.replay(eventLog);
        write(status, output);
        return status;
    }

    /** Writes the report of {@code status} to {@code output}, replacing it (written aside, then renamed). */
    public static void write(AppStatus status, Path output) throws IOException {
        checkNotNull(status, "status");
        checkNotNull(output, "output");
        String html = html(status);
        Path absolute = output.toAbsolutePath();
        Path parent = absolute.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // Not Files.createTempFile: its owner-only permissions would stay with the report.
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(temporary, html, UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The report's HTML. */
    public static String html(AppStatus status) {
        StatusSnapshot snapshot = status.snapshot();
        String json = new String(StatusJson.statusWithTasks(snapshot, status, MAX_TASKS_PER_RUN), UTF_8);
        return UiPage.report(snapshot.app().appName(), json, plans(snapshot));
    }

    /**
     * The plan pictures of the DataFrame jobs, each in a {@code <template>} that the page's script shows beside
     * the job's stages: drawn here, as the web UI draws them, so that the file holds them as they are.
     */
    private static String plans(StatusSnapshot snapshot) {
        StringBuilder html = new StringBuilder();
        List<JobStatus> jobs = snapshot.jobs();
        for (JobStatus job : jobs.subList(Math.max(0, jobs.size() - MAX_PLANS), jobs.size())) {
            job.info()
                    .plan()
                    .ifPresent(plan -> html.append("\n<template class=\"rivulet-plan\" data-job-id=\"")
                            .append(job.info().jobId())
                            .append("\">")
                            .append(PlanSvg.draw(plan, job.info().jobId()))
                            .append("</template>"));
        }
        return html.toString();
    }
}
