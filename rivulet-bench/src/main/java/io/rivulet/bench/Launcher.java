package io.rivulet.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;

/** Builds the command lines of the {@link Child} JVMs, and generates the word file they read. */
final class Launcher {
    private final Options options;
    private final Sizes sizes;

    Launcher(Options options, Sizes sizes) {
        this.options = options;
        this.sizes = sizes;
    }

    /**
     * The command of a child JVM: the same heap for every engine, Spark's module flags for Spark, and for Rivulet
     * the JVM options its launcher picks ({@link #rivuletJvmOptions}).
     */
    List<String> command(String mode, String engine, String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.add("-Xmx" + options.xmx);
        if (engine.equals("rivulet")) {
            command.addAll(rivuletJvmOptions());
        }
        command.addAll(Arrays.asList(jvmOptions));
        if (engine.equals("spark")) {
            // The module flags Spark's own launcher passes on Java 17, read from its jar.
            command.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptionArray()));
        }
        command.add("-cp");
        command.add(classPath(engine));
        command.add(Child.class.getName());
        command.add(mode);
        return command;
    }

    /**
     * What {@code bin/rivulet} starts Rivulet with: the options of {@code bin/jvm.options} (beside the bench
     * directory's parent), then those of {@code RIVULET_JAVA_OPTS}, whose collector replaces the file's {@code -XX}
     * options, as {@code bin/rivulet} does. The heap ({@code -Xmx}) stays the bench's, the same for every engine.
     */
    List<String> rivuletJvmOptions() {
        Path file = options.benchDir.toAbsolutePath().getParent().resolve("bin").resolve("jvm.options");
        String user = System.getenv().getOrDefault("RIVULET_JAVA_OPTS", "").strip();
        List<String> userOptions = user.isEmpty() ? List.of() : Arrays.asList(user.split("\\s+"));
        boolean userCollector = userOptions.stream().anyMatch(option -> option.matches("-XX:\\+Use[A-Za-z0-9]*GC"));
        List<String> result = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file)) {
                    String option = line.replaceAll("#.*", "").strip();
                    if (!option.isEmpty() && !(userCollector && option.startsWith("-XX:"))) {
                        result.add(option);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        result.addAll(userOptions);
        return result;
    }

    /**
     * A process builder for a child JVM. Spark binds its driver to 127.0.0.1 anyway (see {@link SparkEngine});
     * {@code SPARK_LOCAL_IP} spares it a host name lookup and a warning.
     */
    static ProcessBuilder processBuilder(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return builder;
    }

    /** The arguments after the mode (and its count, if any) of {@link Child}. */
    List<String> childArguments(String engine, Workload workload) {
        return List.of(
                engine,
                workload.id(),
                Double.toString(options.scale),
                sizes.wordsFile().toString(),
                sizes.outputDir().toString());
    }

    /**
     * Each engine's JVM gets only its own jars: the bench jar, plus Rivulet's jars for Rivulet, DuckDB's JDBC
     * driver for DuckDB and Spark's (every jar of the module but Rivulet's and DuckDB's) for Spark. The
     * hand-written code needs only the JDK.
     */
    private String classPath(String engine) {
        List<String> entries = new ArrayList<>();
        entries.add(options.jar.toString());
        switch (engine) {
            case "rivulet" -> entries.addAll(jars(options.rivuletLib));
            case "spark" ->
                jars(options.lib).stream()
                        .filter(jar -> !fileName(jar).startsWith("rivulet-")
                                && !fileName(jar).startsWith(DUCKDB_JAR))
                        .forEach(entries::add);
            case "duckdb" ->
                jars(options.lib).stream()
                        .filter(jar -> fileName(jar).startsWith(DUCKDB_JAR))
                        .forEach(entries::add);
            default -> {}
        }
        return String.join(File.pathSeparator, entries);
    }

    private static final String DUCKDB_JAR = "duckdb_jdbc-";

    private static String fileName(String jar) {
        return Path.of(jar).getFileName().toString();
    }

    static List<String> jars(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".jar"))
                    .sorted()
                    .map(Path::toString)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + " (build the bench module first)", e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Generates the word file if it is missing (see {@link #generateWords()}). */
    void ensureWords() throws IOException, InterruptedException {
        if (!Files.isRegularFile(sizes.wordsFile())) {
            generateWords();
        }
    }

    /**
     * Generates the word file with {@code bench/GenerateWords.java} (deterministic: the same bytes every
     * time), into a temporary file renamed when complete, so that an interrupted run leaves no partial file.
     */
    void generateWords() throws IOException, InterruptedException {
        Path file = sizes.wordsFile();
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        System.out.printf("Generating %s (%,d bytes of Zipf words)...%n", file, sizes.wordsBytes());
        Process process = new ProcessBuilder(
                        java(),
                        options.benchDir.resolve("GenerateWords.java").toString(),
                        partial.toString(),
                        Long.toString(sizes.wordsBytes()))
                .inheritIO()
                .start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("GenerateWords failed with exit status " + process.exitValue());
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
