package io.rivulet.cli;

import io.rivulet.config.RivuletConfig;
import io.rivulet.config.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/**
 * The options in the spirit of {@code spark-submit} that configure a job's {@code Rivulet}. They become Java
 * system properties, which {@code Rivulet.builder()} reads as defaults: so the job's own builder settings win.
 *
 * <p>A picocli mixin, so that later commands that start jobs share the same options and meanings.
 */
final class SubmitOptions {
    @Option(
            names = "--master",
            paramLabel = "<master>",
            description = "Where the job runs: local[N] (N worker slots), local[*] (a slot per core: the default) "
                    + "or local (one slot).")
    private String master;

    @Option(
            names = "--name",
            paramLabel = "<name>",
            description = "The application's name; a name the job sets on its builder wins.")
    private String name;

    @Option(
            names = "--executor-memory",
            paramLabel = "<size>",
            description = "The memory budget of execution (shuffle, sort and aggregation buffers, which spill to disk "
                    + "beyond it) and storage (persisted blocks), like 512m or 2g. Default: 60%% of the heap beyond "
                    + "300 MiB. The heap is the JVM's own: RIVULET_JAVA_OPTS=-Xmx4g.")
    private String executorMemory;

    @Option(
            names = "--num-executors",
            paramLabel = "<n>",
            description = "The number of executors. On one machine, --num-executors N --executor-cores M gives N*M "
                    + "worker slots.")
    private Integer numExecutors;

    @Option(names = "--executor-cores", paramLabel = "<m>", description = "The cores of each executor (default 1).")
    private Integer executorCores;

    @Option(
            names = "--progress",
            negatable = true,
            description = "Show a progress bar per running stage on stderr: [Stage 3:=====>   (12 + 2) / 40] is "
                    + "12 tasks done and 2 running of 40. Default: when stderr is a terminal.")
    private Boolean progress;

    @Option(
            names = "--ui",
            negatable = true,
            description = "Serve the web UI while the job runs, on port 4040 or the next free one (its address is "
                    + "printed). Default: on.")
    private Boolean ui;

    @Option(
            names = "--conf",
            paramLabel = "<key=value>",
            description = "Any setting (the rivulet.* keys in the README, or a property the job reads), set as a "
                    + "Java system property; repeatable. The options above win over --conf.")
    private List<String> conf = new ArrayList<>();

    /**
     * The system properties to set, sorted by key.
     *
     * @throws IllegalArgumentException naming the option and value at fault
     */
    Map<String, String> systemProperties() {
        Map<String, String> properties = new TreeMap<>();
        for (String setting : conf) {
            int equals = setting.indexOf('=');
            String key = equals < 0 ? "" : setting.substring(0, equals).trim();
            if (key.isEmpty()) {
                throw new IllegalArgumentException(
                        "--conf expects <key>=<value>, like --conf rivulet.task.maxFailures=8, but got '" + setting
                                + "'");
            }
            if (key.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("--conf key must not contain spaces: '" + setting + "'");
            }
            properties.put(key, setting.substring(equals + 1));
        }
        slots().ifPresent(slots -> properties.put(RivuletConfig.MASTER.key(), slots));
        if (master != null) {
            properties.put(RivuletConfig.MASTER.key(), master);
        }
        if (name != null) {
            properties.put(RivuletConfig.APP_NAME.key(), name);
        }
        if (executorMemory != null) {
            properties.put(RivuletConfig.EXECUTOR_MEMORY.key(), executorMemory);
        }
        if (progress != null) {
            properties.put(RivuletConfig.UI_SHOW_CONSOLE_PROGRESS.key(), progress.toString());
        }
        if (ui != null) {
            properties.put(RivuletConfig.UI_ENABLED.key(), ui.toString());
        } else if (!properties.containsKey(RivuletConfig.UI_ENABLED.key())
                && System.getProperty(RivuletConfig.UI_ENABLED.key()) == null) {
            // On for jobs the command runs (off for the library), unless --conf or -D said otherwise.
            properties.put(RivuletConfig.UI_ENABLED.key(), "true");
        }
        check(properties);
        return properties;
    }

    /** {@code local[N*M]} for {@code --num-executors N --executor-cores M}: all the executors' cores in one JVM. */
    private Optional<String> slots() {
        if (numExecutors == null && executorCores == null) {
            return Optional.empty();
        }
        if (master != null) {
            throw new IllegalArgumentException("--master " + master
                    + " and --num-executors/--executor-cores both set the worker slots: give one or the other");
        }
        int executors = positive("--num-executors", numExecutors);
        int cores = positive("--executor-cores", executorCores);
        try {
            return Optional.of("local[" + Math.multiplyExact(executors, cores) + "]");
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "--num-executors " + executors + " times --executor-cores " + cores + " is too many slots", e);
        }
    }

    private static int positive(String option, Integer value) {
        if (value == null) {
            return 1;
        }
        if (value <= 0) {
            throw new IllegalArgumentException(option + " must be positive: " + value);
        }
        return value;
    }

    /** Checks the values Rivulet would reject at {@code build()}, so the mistake shows before compiling. */
    private static void check(Map<String, String> properties) {
        new Settings(properties);
    }
}
