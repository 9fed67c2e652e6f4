package io.rivulet.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.JobInfo;
import io.rivulet.Metrics;
import io.rivulet.Rivulet;
import io.rivulet.StageInfo;
import io.rivulet.TaskInfo;
import io.rivulet.config.RivuletConfig;
import io.rivulet.testing.ThreadLeaks;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The console progress bar, drawn on a fake terminal with a fake clock; then once for real, on a captured stderr. */
class ConsoleProgressBarTest {
    private final FakeTerminal terminal = new FakeTerminal();
    private final AtomicLong now = new AtomicLong(1_000);
    private final ConsoleProgressBar bar = new ConsoleProgressBar(terminal.stream(), now::get, 61, 4);

    @Test
    void barShowsCompletedPlusRunningOverTotalInTheGivenWidth() {
        assertThat(ConsoleProgressBar.bar(3, 12, 2, 40, 40)).isEqualTo("[Stage 3:=====>           (12 + 2) / 40]");
        assertThat(ConsoleProgressBar.bar(3, 12, 2, 40, 40)).hasSize(40);
        assertThat(ConsoleProgressBar.bar(0, 0, 4, 8, 30)).isEqualTo("[Stage 0:>        (0 + 4) / 8]");
        assertThat(ConsoleProgressBar.bar(0, 8, 0, 8, 30)).isEqualTo("[Stage 0:=========(8 + 0) / 8]");
        // Too narrow for a bar: the numbers alone.
        assertThat(ConsoleProgressBar.bar(12, 5, 1, 10, 10)).isEqualTo("[Stage 12:(5 + 1) / 10]");
    }

    @Test
    void aStageShowsAfterItsFirstDelayIsRedrawnInPlaceAndGoesWhenItCompletes() {
        bar.onStageSubmitted(stage(0, 0, 10));
        bar.refresh();
        assertThat(terminal.raw())
                .as("a stage shorter than the first delay never shows")
                .isEmpty();

        now.addAndGet(ConsoleProgressBar.FIRST_DELAY_MILLIS);
        bar.refresh();
        assertThat(terminal.screen()).containsExactly("[Stage 0:>                                     (0 + 4) / 10]");

        for (int partition = 0; partition < 7; partition++) {
            bar.onTaskEnd(task(0, 0, partition, true));
        }
        bar.onTaskEnd(task(0, 0, 7, false)); // failed: retried, not completed
        now.addAndGet(ConsoleProgressBar.UPDATE_PERIOD_MILLIS);
        bar.refresh();
        assertThat(terminal.screen()).containsExactly("[Stage 0:==========================>           (7 + 3) / 10]");
        assertThat(terminal.raw()).doesNotContain("\n").endsWith("\r");

        bar.onStageCompleted(stage(0, 0, 10));
        assertThat(terminal.screen()).containsExactly("");
        assertThat(terminal.raw()).doesNotContain("\n");
    }

    @Test
    void anUnchangedLineIsNotWrittenAgainUntilAMinutePasses() {
        bar.onStageSubmitted(stage(0, 0, 2));
        now.addAndGet(ConsoleProgressBar.FIRST_DELAY_MILLIS);
        bar.refresh();
        String once = terminal.raw();

        now.addAndGet(ConsoleProgressBar.UPDATE_PERIOD_MILLIS);
        bar.refresh();
        assertThat(terminal.raw()).isEqualTo(once);

        now.addAndGet(ConsoleProgressBar.REDRAW_UNCHANGED_MILLIS);
        bar.refresh();
        assertThat(terminal.raw()).isEqualTo(once + once);
    }

    @Test
    void upToThreeStagesShareTheLineAndTheSlotsGoToTheEarliestSubmitted() {
        ConsoleProgressBar bar = new ConsoleProgressBar(terminal.stream(), now::get, 100, 4);
        bar.onStageSubmitted(stage(2, 0, 3));
        bar.onStageSubmitted(stage(1, 0, 2));
        bar.onStageSubmitted(stage(5, 0, 6));
        bar.onStageSubmitted(stage(4, 0, 1));
        now.addAndGet(ConsoleProgressBar.FIRST_DELAY_MILLIS);
        bar.refresh();

        // 4 slots: stage 2 (submitted first) runs 3 tasks, stage 1 the last one; stages 5 and 4 wait.
        // Shown by stage id, the first three, each in a third of the 99 usable columns.
        assertThat(terminal.currentLine())
                .isEqualTo("[Stage 1:>           (0 + 1) / 2][Stage 2:>           (0 + 3) / 3]"
                        + "[Stage 4:>           (0 + 0) / 1]");

        bar.onTaskEnd(task(2, 0, 0, true));
        bar.onStageCompleted(stage(1, 0, 2));
        bar.onStageCompleted(stage(4, 0, 1));
        assertThat(terminal.screen())
                .as("a shorter line wipes what the longer one left")
                .containsExactly("[Stage 2:=========>                  (1 + 2) / 3]"
                        + "[Stage 5:>                           (0 + 2) / 6]");
    }

    @Test
    void aNewAttemptOfAStageIsTrackedApartFromTheFailedOne() {
        bar.onStageSubmitted(stage(0, 0, 4));
        bar.onTaskEnd(task(0, 0, 0, true));
        bar.onStageCompleted(stage(0, 0, 4));
        bar.onStageSubmitted(stage(0, 1, 4));
        bar.onTaskEnd(task(0, 0, 1, true)); // a late task of the failed attempt
        now.addAndGet(ConsoleProgressBar.FIRST_DELAY_MILLIS);
        bar.refresh();

        assertThat(terminal.currentLine()).endsWith("(0 + 4) / 4]");
    }

    @Test
    void theEndOfAJobWipesTheLine() {
        bar.onStageSubmitted(stage(0, 0, 4));
        now.addAndGet(ConsoleProgressBar.FIRST_DELAY_MILLIS);
        bar.refresh();
        assertThat(terminal.currentLine()).startsWith("[Stage 0:");

        bar.onJobEnd(new JobInfo(0, "count", List.of(0), 0, 1, JobInfo.Status.FAILED, "cancelled"));

        assertThat(terminal.screen()).containsExactly("");
        bar.close();
        bar.refresh();
        assertThat(terminal.screen()).containsExactly("");
    }

    @Test
    void aRivuletDrawsOnStderrWhenAskedAndStopsItsTimerOnClose() throws InterruptedException {
        ThreadLeaks leaks = ThreadLeaks.snapshot();
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Rivulet rv;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            rv = Rivulet.builder()
                    .master("local[2]")
                    .appName("progress")
                    .config(RivuletConfig.UI_SHOW_CONSOLE_PROGRESS.key(), "true")
                    .build();
        } finally {
            System.setErr(originalErr);
        }
        try (rv) {
            assertThat(progressThreads()).hasSize(1);
            // 4 tasks of 500 ms on 2 slots: the stage runs for about a second, well past the first delay.
            long sum = rv.range(0, 4, 1, 4)
                    .map(x -> {
                        Thread.sleep(500);
                        return x;
                    })
                    .reduce(Long::sum);
            assertThat(sum).isEqualTo(6);
        }
        String written = err.toString(StandardCharsets.UTF_8);
        assertThat(written)
                .contains("[Stage 0:")
                .contains(" / 4]")
                .doesNotContain("\n")
                .endsWith("\r");
        assertThat(progressThreads())
                .as("the timer's thread has ended when close() returns")
                .isEmpty();
        leaks.assertNoneLeft();
    }

    @Test
    void offByDefaultWithoutATerminalAndABadSettingIsAnError() {
        try (Rivulet rv =
                Rivulet.builder().master("local[1]").appName("progress").build()) {
            assertThat(rv.range(0, 3).count()).isEqualTo(3);
            assertThat(progressThreads()).isEmpty();
        }
        assertThatThrownBy(() -> Rivulet.builder()
                        .config(RivuletConfig.UI_SHOW_CONSOLE_PROGRESS.key(), "yes")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("config rivulet.ui.showConsoleProgress must be true or false: 'yes'");
    }

    private static List<String> progressThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith("rivulet-progress-progress-"))
                .toList();
    }

    private static StageInfo stage(int stageId, int attempt, int numTasks) {
        return new StageInfo(
                stageId, attempt, "stage " + stageId, numTasks, false, List.of(), List.of(), 0, 0, null, Metrics.EMPTY);
    }

    private static TaskInfo task(int stageId, int stageAttempt, int partition, boolean successful) {
        return new TaskInfo(
                partition, 0, stageId, stageAttempt, partition, 0, "slot", 0, 1, successful, null, Metrics.EMPTY);
    }
}
