package io.rivulet.spark;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * What a cluster lacks of the application: the entries of the driver's class path that are not Spark's, so that
 * the executors get the job's classes (and Rivulet's, and their dependencies) without a flag, as
 * {@code spark-submit --jars} would give them. Jars are shipped as they are; class directories (a build's
 * {@code target/classes}, an IDE's output) as jars made of them, in a temporary directory.
 *
 * <p>Spark's jars are those of Spark's dependency tree as this module was built against it (the file names in
 * {@code spark-jars.txt}, written by the build), and every jar under {@code $SPARK_HOME/jars} when the driver has
 * a {@code SPARK_HOME}. A jar of both Rivulet's and Spark's trees (jackson-core, lz4-java at Rivulet's versions) is
 * shipped too; executors load classes from Spark's own jars first, so the copy is unused there.
 */
final class ApplicationJars {
    private static final String SPARK_JARS = "spark-jars.txt";

    private ApplicationJars() {}

    /** The jars to ship from {@code classPath}; directories become jars in {@code scratch}. */
    static List<Path> toShip(String classPath, Path scratch) {
        Set<String> spark = sparkJarNames();
        List<Path> result = new ArrayList<>();
        int directories = 0;
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry).toAbsolutePath();
            if (Files.isDirectory(path)) {
                result.add(jarOf(path, scratch.resolve("classes-" + directories++ + ".jar")));
            } else if (Files.isRegularFile(path)
                    && path.getFileName().toString().endsWith(".jar")
                    && !spark.contains(path.getFileName().toString())) {
                result.add(path);
            }
        }
        return result;
    }

    /** The file names of Spark's jars. */
    static Set<String> sparkJarNames() {
        Set<String> names = new HashSet<>();
        try (InputStream in = ApplicationJars.class.getResourceAsStream(SPARK_JARS)) {
            if (in == null) {
                throw new IllegalStateException(SPARK_JARS + " is missing from rivulet-spark's jar");
            }
            for (String entry : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("[,;:\\s]+")) {
                if (!entry.isBlank()) {
                    names.add(entry.substring(entry.lastIndexOf('/') + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String home = System.getenv("SPARK_HOME");
        if (home != null && Files.isDirectory(Path.of(home, "jars"))) {
            try (Stream<Path> jars = Files.list(Path.of(home, "jars"))) {
                jars.forEach(jar -> names.add(jar.getFileName().toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    /** A jar of the files under {@code directory}. */
    private static Path jarOf(Path directory, Path jar) {
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file);
                Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(
                        new JarEntry(directory.relativize(path).toString().replace(File.separatorChar, '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack " + directory + " into a jar to ship to the cluster", e);
        }
        return jar;
    }
}
