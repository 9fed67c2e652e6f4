package io.rivulet.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rivulet run [--class C] app.jar}: a packaged job. */
class RunJarJobTest {
    @TempDir
    Path dir;

    private Path classes;

    @BeforeEach
    void compileJob() throws IOException {
        Path source = Files.createDirectories(dir.resolve("src/com/acme")).resolve("Job.java");
        Files.writeString(source, """
                package com.acme;

                import io.rivulet.Rivulet;

                public class Job {
                    public static void main(String[] args) {
                        try (Rivulet rv = Rivulet.builder().build()) {
                            System.out.println(args[0] + " " + rv.range(0, 10).count() + " on " + rv.defaultParallelism());
                        }
                    }
                }
                """);
        classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(
                null,
                null,
                null,
                "--release",
                "17",
                "-cp",
                System.getProperty("java.class.path"),
                "-d",
                classes.toString(),
                source.toString());
        assertThat(status).isZero();
    }

    @Test
    void runsTheClassNamedWithClass() throws IOException {
        Path jar = jar("app.jar", null);

        Cli.Result result = Cli.rivulet(
                "run", "--no-ui", "--master", "local[2]", "--class", "com.acme.Job", jar.toString(), "count");

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("count 10 on 2" + System.lineSeparator());
    }

    @Test
    void runsTheManifestMainClass() throws IOException {
        Path jar = jar("app.jar", "com.acme.Job");

        Cli.Result result = Cli.rivulet("run", "--no-ui", "--master", "local", jar.toString(), "count");

        assertThat(result.out()).isEqualTo("count 10 on 1" + System.lineSeparator());
    }

    @Test
    void saysWhatIsMissing() throws IOException {
        Path jar = jar("app.jar", null);

        Cli.Result noMainClass = Cli.rivulet("run", jar.toString());
        assertThat(noMainClass.exitCode()).isEqualTo(1);
        assertThat(noMainClass.err())
                .isEqualTo("rivulet run: " + jar + " names no Main-Class in its manifest: give the class with --class"
                        + System.lineSeparator());

        Cli.Result noSuchClass = Cli.rivulet("run", "--class", "com.acme.Jbo", jar.toString());
        assertThat(noSuchClass.exitCode()).isEqualTo(1);
        assertThat(noSuchClass.err()).startsWith("rivulet run: class com.acme.Jbo not found in " + jar);
    }

    private Path jar(String name, String mainClass) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (mainClass != null) {
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        }
        Path jar = dir.resolve(name);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            for (Path file : files) {
                jarOut.putNextEntry(
                        new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                jarOut.write(Files.readAllBytes(file));
                jarOut.closeEntry();
            }
        }
        assertThat(new String(Files.readAllBytes(jar), 0, 2, UTF_8)).isEqualTo("PK");
        return jar;
    }
}
