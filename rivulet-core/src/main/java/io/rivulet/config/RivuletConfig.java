package io.rivulet.config;

import java.util.List;
import java.util.Set;

/**
 * Every configuration key of Rivulet, in one place: its kind, default, check and meaning. {@code rivulet
 * --help-config} prints this catalogue and the README's configuration table is generated from it
 * ({@code ConfigDocTest} keeps the two equal). Components never read keys themselves: the composition root
 * ({@code Engine}) reads them from {@link Settings} once and hands each component its values.
 */
public final class RivuletConfig {
    private RivuletConfig() {}

    public static final ConfigEntry<String> MASTER = ConfigEntry.builder("rivulet.master", ValueKind.STRING)
            .defaultValue("local[*]")
            .check(ValueCheck.MASTER)
            .doc("`local` (one slot), `local[N]`, `local[*]` (one slot per core); a cluster's master"
                    + " (`spark://host:7077`, `yarn`, `k8s://...`) needs a cluster runner such as rivulet-spark")
            .build();

    public static final ConfigEntry<String> APP_NAME = ConfigEntry.builder("rivulet.app.name", ValueKind.STRING)
            .defaultValue("rivulet")
            .doc("the application's name, also in thread names")
            .build();

    public static final ConfigEntry<Integer> DEFAULT_PARALLELISM = ConfigEntry.builder(
                    "rivulet.default.parallelism", ValueKind.INT)
            .defaultText("the slot count")
            .check(ValueCheck.POSITIVE)
            .doc("partitions of `parallelize` and `range` when none is given; when set, also of shuffles that"
                    + " name no partition count (else they keep their largest input's count, as in Spark)")
            .build();

    public static final ConfigEntry<Integer> TASK_MAX_FAILURES = ConfigEntry.builder(
                    "rivulet.task.maxFailures", ValueKind.INT)
            .defaultValue(4)
            .check(ValueCheck.POSITIVE)
            .doc("tries of a task before its job fails (a task that could not read shuffle output is not"
                    + " counted: that output is recomputed instead)")
            .build();

    public static final ConfigEntry<Integer> STAGE_MAX_CONSECUTIVE_ATTEMPTS = ConfigEntry.builder(
                    "rivulet.stage.maxConsecutiveAttempts", ValueKind.INT)
            .defaultValue(4)
            .check(ValueCheck.POSITIVE)
            .doc("attempts of a stage that may fail in a row because shuffle output it reads was lost (each"
                    + " time, the lost map outputs are recomputed from lineage and the stage's unfinished"
                    + " partitions run again) before its job fails, as Spark's"
                    + " `spark.stage.maxConsecutiveAttempts`")
            .build();

    public static final ConfigEntry<Set<Long>> TEST_FAIL_SHUFFLE_FETCH = ConfigEntry.builder(
                    "rivulet.test.failShuffleFetch", ValueKind.POSITIVE_LONGS)
            .testOnly()
            .doc("**test only**: `N` or a list `N,M,...` makes the N-th shuffle fetch of this `Rivulet` (one per"
                    + " reduce task and shuffle it reads, counted across all jobs) fail once as if a map output"
                    + " were lost, to prove lineage recovery; never set it in production")
            .build();

    public static final ConfigEntry<String> LOCAL_DIR = ConfigEntry.builder("rivulet.local.dir", ValueKind.STRING)
            .defaultText("`java.io.tmpdir`")
            .doc("where temporary files go (spills, shuffle outputs that do not fit in memory, disk-persisted"
                    + " and evicted blocks), in a directory `rivulet-<random>` deleted by `close()`; one left by a"
                    + " process that died is deleted by the next `Rivulet` that starts there")
            .build();

    public static final ConfigEntry<Long> FILES_MAX_PARTITION_BYTES = ConfigEntry.builder(
                    "rivulet.files.maxPartitionBytes", ValueKind.SIZE)
            .defaultValue(32L << 20)
            .check(ValueCheck.POSITIVE)
            .doc("the largest split a file source (`textFile`, the DataFrame readers) reads as one partition")
            .build();

    public static final ConfigEntry<Long> EXECUTOR_MEMORY = ConfigEntry.builder(
                    "rivulet.executor.memory", ValueKind.SIZE)
            .defaultText("60% of the heap beyond a 300 MiB reserve (half of heaps under 600 MiB), and at most 60%"
                    + " of what the live heap leaves free when the `Rivulet` is built")
            .check(ValueCheck.POSITIVE)
            .doc("the memory budget, shared by execution (shuffle, sort and aggregation buffers, shared fairly"
                    + " among running tasks) and storage (persisted blocks, in-memory shuffle outputs), which"
                    + " borrow from each other as in Spark's unified memory manager; buffers that cannot get"
                    + " more spill to `rivulet.local.dir`; a budget larger than the heap (`-Xmx`) is refused,"
                    + " and a job whose task runs out of heap fails saying to lower it")
            .build();

    public static final ConfigEntry<Double> MEMORY_STORAGE_FRACTION = ConfigEntry.builder(
                    "rivulet.memory.storageFraction", ValueKind.DOUBLE)
            .defaultValue(0.5)
            .check(ValueCheck.FRACTION)
            .doc("the share of the budget where persisted blocks are safe from eviction for execution; storage"
                    + " may use more while execution leaves it free")
            .build();

    public static final ConfigEntry<Long> MEMORY_MIN_SPILL_BYTES = ConfigEntry.builder(
                    "rivulet.memory.minSpillBytes", ValueKind.SIZE)
            .defaultText("a quarter of a slot's share of the budget, between `256k` and `4m`")
            .doc("buffers smaller than this never spill, so that every spill is worth its file (tests lower it"
                    + " to make small data spill)")
            .build();

    public static final ConfigEntry<Long> SHUFFLE_SERIALIZE_ABOVE = ConfigEntry.builder(
                    "rivulet.shuffle.serializeAbove", ValueKind.SIZE)
            .defaultValue(4L << 20)
            .doc("a map task's shuffle output (and, for shuffles that do not combine, its buffered records)"
                    + " weighing more than this is kept serialized (Apache Fory), not as objects, so that the"
                    + " collector does not copy it again and again; smaller outputs skip the serializer, whose"
                    + " first use in a JVM costs about half a second")
            .build();

    public static final ConfigEntry<String> CHECKPOINT_DIR = ConfigEntry.builder(
                    "rivulet.checkpoint.dir", ValueKind.STRING)
            .doc("where `checkpoint()` writes (also `rv.setCheckpointDir(dir)`): a directory"
                    + " `checkpoint-<uuid>` under it, deleted by `close()`; without it `checkpoint()` is an error")
            .build();

    public static final ConfigEntry<Boolean> UI_SHOW_CONSOLE_PROGRESS = ConfigEntry.builder(
                    "rivulet.ui.showConsoleProgress", ValueKind.BOOLEAN)
            .defaultText("`true` when the JVM has a terminal (`bin/rivulet`: when stderr is one)")
            .doc("the [console progress bar](#progress) on stderr")
            .build();

    public static final ConfigEntry<Boolean> UI_ENABLED = ConfigEntry.builder("rivulet.ui.enabled", ValueKind.BOOLEAN)
            .defaultValue(false)
            .defaultText("`false`; `true` under `rivulet run` (unless `--no-ui`)")
            .doc("serve the [web UI](#the-web-ui) while the `Rivulet` is open")
            .build();

    public static final ConfigEntry<Integer> UI_PORT = ConfigEntry.builder("rivulet.ui.port", ValueKind.INT)
            .defaultValue(4040)
            .check(ValueCheck.PORT)
            .doc("the web UI's port; when taken, the next free one of the 16 after it; `0` for any free port")
            .build();

    public static final ConfigEntry<String> UI_HOST = ConfigEntry.builder("rivulet.ui.host", ValueKind.STRING)
            .defaultValue("127.0.0.1")
            .doc("the address the web UI listens on (`0.0.0.0` for every interface)")
            .build();

    public static final ConfigEntry<String> EVENT_LOG_DIR = ConfigEntry.builder(
                    "rivulet.eventLog.dir", ValueKind.STRING)
            .doc("write an [event log](#event-logs-and-rivulet-report) of every job, stage and task to this"
                    + " directory (made if needed)")
            .build();

    public static final ConfigEntry<String> REDACTION_REGEX = ConfigEntry.builder(
                    "rivulet.redaction.regex", ValueKind.STRING)
            .check(ValueCheck.REGEX)
            .doc("a Java regular expression: settings whose name or value it matches are shown as"
                    + " `*********(redacted)` in the web UI, `/api/status`, event logs and reports, as are always"
                    + " those matching `password`, `secret`, `token` or `credential` (any case)")
            .build();

    // ---- the DataFrame and SQL layer (io.rivulet.sql) ---------------------------------------------

    public static final ConfigEntry<Integer> SQL_SHUFFLE_PARTITIONS = ConfigEntry.builder(
                    "rivulet.sql.shuffle.partitions", ValueKind.INT)
            .defaultText("the slot count")
            .check(ValueCheck.POSITIVE)
            .doc("partitions of the exchanges of DataFrame joins and aggregations (Spark's 200 is far too many"
                    + " for one machine)")
            .build();

    public static final ConfigEntry<Long> SQL_AUTO_BROADCAST_JOIN_THRESHOLD = ConfigEntry.builder(
                    "rivulet.sql.autoBroadcastJoinThreshold", ValueKind.SIGNED_SIZE)
            .defaultValue(10L << 20)
            .doc("a join side estimated smaller than this is broadcast to every task of the other side (a"
                    + " broadcast hash join); `-1` turns broadcasting off")
            .build();

    public static final ConfigEntry<Boolean> SQL_JOIN_PREFER_SORT_MERGE_JOIN = ConfigEntry.builder(
                    "rivulet.sql.join.preferSortMergeJoin", ValueKind.BOOLEAN)
            .defaultValue(true)
            .doc("Spark's `spark.sql.join.preferSortMergeJoin`: a join on equality keys that is not broadcast is a"
                    + " sort-merge join, which spills; `false` makes it a shuffled hash join when one side is at least"
                    + " three times smaller than the other and under the broadcast threshold times the shuffle"
                    + " partitions (its hash table is held whole per task)")
            .build();

    public static final ConfigEntry<String> SQL_SESSION_TIME_ZONE = ConfigEntry.builder(
                    "rivulet.sql.session.timeZone", ValueKind.STRING)
            .defaultText("the JVM's time zone")
            .check(ValueCheck.TIME_ZONE)
            .doc("the time zone of timestamps shown, parsed and cast to and from strings and dates")
            .build();

    public static final ConfigEntry<Boolean> SQL_ANSI_ENABLED = ConfigEntry.builder(
                    "rivulet.sql.ansi.enabled", ValueKind.BOOLEAN)
            .defaultValue(true)
            .doc("Spark 4's ANSI mode: arithmetic overflow, division by zero and invalid casts raise errors"
                    + " (the `try_` functions return null instead); `false` returns null as Spark 3 did")
            .build();

    public static final ConfigEntry<String> SQL_OPTIMIZER_EXCLUDED_RULES = ConfigEntry.builder(
                    "rivulet.sql.optimizer.excludedRules", ValueKind.STRING)
            .doc("optimizer rules to switch off, comma-separated class names of `io.rivulet.sql.optimizer`"
                    + " (`ReorderJoin,ColumnPruning`); those the planner needs (the rewrites of `DISTINCT`,"
                    + " `INTERSECT`, `EXCEPT`, subquery aliases and hints) cannot be, and an unknown name fails the"
                    + " query, naming it")
            .build();

    private static final List<ConfigEntry<?>> ALL = List.of(
            MASTER,
            APP_NAME,
            DEFAULT_PARALLELISM,
            TASK_MAX_FAILURES,
            STAGE_MAX_CONSECUTIVE_ATTEMPTS,
            TEST_FAIL_SHUFFLE_FETCH,
            LOCAL_DIR,
            FILES_MAX_PARTITION_BYTES,
            EXECUTOR_MEMORY,
            MEMORY_STORAGE_FRACTION,
            MEMORY_MIN_SPILL_BYTES,
            SHUFFLE_SERIALIZE_ABOVE,
            CHECKPOINT_DIR,
            UI_SHOW_CONSOLE_PROGRESS,
            UI_ENABLED,
            UI_PORT,
            UI_HOST,
            EVENT_LOG_DIR,
            REDACTION_REGEX,
            SQL_SHUFFLE_PARTITIONS,
            SQL_AUTO_BROADCAST_JOIN_THRESHOLD,
            SQL_JOIN_PREFER_SORT_MERGE_JOIN,
            SQL_SESSION_TIME_ZONE,
            SQL_ANSI_ENABLED,
            SQL_OPTIMIZER_EXCLUDED_RULES);

    /** Every key, in the order the documentation lists them. */
    public static List<ConfigEntry<?>> entries() {
        return ALL;
    }

    /** The entry of {@code key}, or null when Rivulet has no such key. */
    public static ConfigEntry<?> entry(String key) {
        for (ConfigEntry<?> entry : ALL) {
            if (entry.key().equals(key)) {
                return entry;
            }
        }
        return null;
    }

    /**
     * The catalogue as {@code rivulet --help-config} prints it: each key with its kind and default, then what
     * it means, Markdown quotes and links stripped.
     */
    public static String plainText() {
        StringBuilder text = new StringBuilder();
        for (ConfigEntry<?> entry : ALL) {
            text.append(entry.key()).append(" (").append(entry.kindName());
            String defaultText = plain(entry.defaultText());
            text.append(defaultText.isEmpty() ? ", not set by default" : ", default " + defaultText)
                    .append(")\n");
            for (String line : wrap(plain(entry.doc()), 96)) {
                text.append("    ").append(line).append('\n');
            }
        }
        return text.toString();
    }

    private static String plain(String markdown) {
        return markdown.replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1")
                .replace("`", "")
                .replace("**", "");
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The catalogue as a Markdown table: the README's configuration table. */
    public static String markdownTable() {
        StringBuilder table = new StringBuilder("| Key | Default | Meaning |\n|---|---|---|\n");
        for (ConfigEntry<?> entry : ALL) {
            String defaultText = entry.defaultIsLiteral() ? "`" + entry.defaultText() + "`" : entry.defaultText();
            table.append("| `").append(entry.key()).append("` |");
            table.append(defaultText.isEmpty() ? " " : " " + defaultText + " ").append("| ");
            table.append(entry.doc()).append(" |\n");
        }
        return table.toString();
    }
}
