package io.rivulet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/rivulet} itself (issue 15), in a scratch copy of the repository's layout with a fake {@code mvn} and
 * a fake {@code java} that records its arguments: the first build's output reaches stderr without colour codes,
 * the "sources changed" warning clears after the rebuild it advises, and the JVM gets Rivulet's options from
 * {@code bin/jvm.options}, then {@code RIVULET_JAVA_OPTS}, and a class-data sharing archive.
 */
class BinRivuletTest {
    private static final String VERSION = "9.9.9";
    private static final long OLD = 1_000_000_000_000L;

    @TempDir
    Path root;

    private Path javaArgs;
    private Path fakeBin;
    private Path fakeJdk;

    @BeforeEach
    void layOutTheRepository() throws IOException {
        Path repository = Path.of("..").toAbsolutePath().normalize();
        Files.createDirectories(root.resolve("bin"));
        Files.copy(repository.resolve("bin/rivulet"), root.resolve("bin/rivulet"));
        Files.copy(repository.resolve("bin/jvm.options"), root.resolve("bin/jvm.options"));
        executable(root.resolve("bin/rivulet"));
        Files.writeString(
                root.resolve("pom.xml"),
                "<project><artifactId>rivulet-parent</artifactId>\n<version>" + VERSION + "</version></project>\n");
        for (String module : List.of("rivulet-core", "rivulet-cli")) {
            Files.createDirectories(root.resolve(module + "/src/main/java"));
            Files.writeString(root.resolve(module + "/pom.xml"), "<project/>\n");
            Files.writeString(root.resolve(module + "/src/main/java/A.java"), "class A {}\n");
        }
        fakeBin = Files.createDirectories(root.resolve("fake-bin"));
        fakeJdk = Files.createDirectories(root.resolve("fake-jdk/bin"));
        javaArgs = root.resolve("java-args.txt");
        Files.writeString(root.resolve("fake-jdk/release"), "JAVA_VERSION=\"17.0.15\"\n");
        // Records its arguments (the last start's in java-args.txt, every start's in java-starts.txt); writes the
        // archive a training run asks for.
        script(fakeJdk.resolve("java"), """
                printf '%%s\\n' "$@" > '%1$s'
                printf '%%s ' "$@" >> '%1$s.starts'; echo >> '%1$s.starts'
                for arg in "$@"; do
                  case "$arg" in -XX:ArchiveClassesAtExit=*) echo archive > "${arg#*=}" ;; esac
                done
                """.formatted(javaArgs));
        // The build that bin/rivulet runs on first use: colour codes on both streams, then the jars and the stamp.
        script(fakeBin.resolve("mvn"), """
                printf '\\033[0m\\033[0m[INFO] building\\n'
                printf '\\033[1;31mWARNING\\033[m from a plugin\\n' >&2
                mkdir -p rivulet-core/target rivulet-cli/target/lib
                touch rivulet-core/target/rivulet-core-%1$s.jar rivulet-cli/target/rivulet-cli-%1$s.jar \\
                  rivulet-cli/target/lib/rivulet-core-%1$s.jar rivulet-cli/target/rivulet-cli.classpath
                """.formatted(VERSION));
    }

    @Test
    void theFirstBuildsOutputGoesToStderrWithoutColourCodes() throws Exception {
        Run run = rivulet(Map.of(), "--version");

        assertThat(run.status).as(run.err).isZero();
        assertThat(run.out).isEmpty();
        assertThat(run.err)
                .contains("rivulet: building Rivulet on first use")
                .contains("[INFO] building")
                .contains("WARNING from a plugin")
                .doesNotContain("\u001b");
        assertThat(Files.readAllLines(javaArgs)).containsSubsequence("io.rivulet.cli.Main", "--version");
    }

    @Test
    void theStaleBuildWarningClearsAfterTheRebuildItAdvises() throws Exception {
        rivulet(Map.of(), "--version"); // the first build
        age(root.resolve("rivulet-cli/target/rivulet-cli.classpath"));
        age(root.resolve("rivulet-core/src/main/java/A.java"));
        age(root.resolve("rivulet-cli/src/main/java/A.java"));
        age(root.resolve("pom.xml"));
        assertThat(rivulet(Map.of(), "--version").err).isEmpty();

        // A pull: a source newer than the build.
        Files.writeString(root.resolve("rivulet-core/src/main/java/A.java"), "class A { int changed; }\n");
        assertThat(rivulet(Map.of(), "--version").err)
                .contains("rivulet: rivulet-core/src/main/java/A.java changed since Rivulet was built");

        // mvn -q -DskipTests package: new jars; the stamp keeps its time (its class path did not change).
        Files.writeString(root.resolve("rivulet-core/target/rivulet-core-" + VERSION + ".jar"), "a newer jar");
        touchNow(root.resolve("rivulet-core/target/rivulet-core-" + VERSION + ".jar"));
        assertThat(rivulet(Map.of(), "--version").err)
                .as("the core jar is newer than its copy in rivulet-cli/target/lib")
                .contains("not yet copied to rivulet-cli/target/lib");
        touchNow(root.resolve("rivulet-cli/target/lib/rivulet-core-" + VERSION + ".jar"));
        touchNow(root.resolve("rivulet-cli/target/rivulet-cli-" + VERSION + ".jar"));
        // New jars make the class-data archive record again (and say so once); the stale warning is gone.
        assertThat(rivulet(Map.of(), "--version").err).doesNotContain("changed since Rivulet was built");
    }

    @Test
    void theJvmGetsRivuletsOptionsThenTheUsersAndAClassDataArchiveRecordedOncePerBuild() throws Exception {
        rivulet(Map.of(), "--version");
        List<String> options = optionLines(root.resolve("bin/jvm.options"));
        assertThat(options).isNotEmpty();
        String archive =
                root.resolve("rivulet-cli/target/rivulet-java-17.0.15.jsa").toString();
        List<String> starts = Files.readAllLines(Path.of(javaArgs + ".starts"));
        assertThat(starts).hasSize(2);
        assertThat(starts.get(0))
                .as("the training run after the build")
                .contains("-XX:ArchiveClassesAtExit=" + archive + ".")
                .contains("io.rivulet.cli.Main run --no-ui --no-progress --class io.rivulet.cli.TrainingJob ");
        List<String> args = Files.readAllLines(javaArgs);
        assertThat(args).containsSubsequence(options);
        assertThat(args)
                .contains("-XX:SharedArchiveFile=" + archive)
                .containsSubsequence("io.rivulet.cli.Main", "--version");

        // Later starts use the archive while it is newer than the jars, with the user's options last.
        rivulet(Map.of("RIVULET_JAVA_OPTS", "-Xmx3g -Xms64m"), "--version");
        assertThat(Files.readAllLines(Path.of(javaArgs + ".starts"))).hasSize(3);
        args = Files.readAllLines(javaArgs);
        assertThat(args).contains("-XX:SharedArchiveFile=" + archive);
        assertThat(args).containsSubsequence(options.get(0), "-Xmx3g", "-Xms64m", "io.rivulet.cli.Main");
        // A rebuild: recorded again.
        touchNow(root.resolve("rivulet-cli/target/rivulet-cli-" + VERSION + ".jar"));
        touchNow(root.resolve("rivulet-cli/target/lib/rivulet-core-" + VERSION + ".jar"));
        Files.setLastModifiedTime(Path.of(archive), FileTime.fromMillis(OLD));
        rivulet(Map.of(), "--version");
        assertThat(Files.readAllLines(Path.of(javaArgs + ".starts"))).hasSize(5);

        // A collector of the user's replaces Rivulet's and its tuning; RIVULET_CDS=0 turns sharing off.
        rivulet(Map.of("RIVULET_JAVA_OPTS", "-XX:+UseG1GC", "RIVULET_CDS", "0"), "--version");
        args = Files.readAllLines(javaArgs);
        assertThat(args).contains("-XX:+UseG1GC").noneMatch(arg -> arg.contains("Archive"));
        assertThat(args.stream().filter(arg -> arg.startsWith("-XX:")).toList()).containsExactly("-XX:+UseG1GC");
    }

    private record Run(int status, String out, String err) {}

    private Run rivulet(Map<String, String> environment, String... args) throws Exception {
        List<String> command =
                new java.util.ArrayList<>(List.of(root.resolve("bin/rivulet").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectOutput(root.resolve("out.txt").toFile())
                .redirectError(root.resolve("err.txt").toFile());
        builder.environment().put("PATH", fakeBin + ":" + System.getenv("PATH"));
        builder.environment().put("JAVA_HOME", fakeJdk.getParent().toString());
        builder.environment().remove("RIVULET_JAVA_OPTS");
        builder.environment().remove("RIVULET_CDS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("bin/rivulet still runs after a minute");
        }
        return new Run(
                process.exitValue(),
                Files.readString(root.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(root.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private static List<String> optionLines(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .map(line -> line.replaceAll("#.*", "").strip())
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body);
        executable(file);
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void age(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.fromMillis(OLD));
    }

    private static void touchNow(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    }
}
