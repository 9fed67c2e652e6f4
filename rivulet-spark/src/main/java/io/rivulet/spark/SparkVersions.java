package io.rivulet.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The Spark version on the driver's class path against the one rivulet-spark was built with: the runner uses
 * Spark's developer API (its RDD classes, shuffles, listeners), which may change between minor releases, so a
 * different major or minor version fails at {@code build()}, naming both.
 */
final class SparkVersions {
    private SparkVersions() {}

    /** The version rivulet-spark was built against. */
    static String built() {
        try (InputStream in = SparkVersions.class.getResourceAsStream("spark-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("spark-version.properties is missing from rivulet-spark's jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("spark.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of the Spark classes this JVM loaded. */
    static String running() {
        return org.apache.spark.package$.MODULE$.SPARK_VERSION();
    }

    /** Fails unless {@code running} has the major and minor version of {@code built}. */
    static void check(String built, String running) {
        if (!majorMinor(built).equals(majorMinor(running))) {
            throw new IllegalStateException("rivulet-spark was built for Apache Spark " + built
                    + ", but the class path has Spark " + running + ": use Spark " + majorMinor(built)
                    + ".x, or a rivulet-spark built for " + running);
        }
    }

    private static String majorMinor(String version) {
        String[] parts = version.split("[.-]");
        return parts.length >= 2 ? parts[0] + "." + parts[1] : version;
    }
}
