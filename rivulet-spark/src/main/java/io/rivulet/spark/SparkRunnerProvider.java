package io.rivulet.spark;

import io.rivulet.internal.ClusterRunner;
import io.rivulet.internal.ClusterRunnerProvider;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Rivulet jobs on Apache Spark for the masters Spark has: {@code spark://host:port} (standalone),
 * {@code yarn}, {@code k8s://...}, {@code local-cluster[...]}; and {@code spark-local}, {@code spark-local[N]} or
 * {@code spark-local[*]}, which run them on Spark's own local mode ({@code local[N]}) in this JVM, for tests and
 * for trying a job on Spark without a cluster.
 */
public final class SparkRunnerProvider implements ClusterRunnerProvider {
    private static final Pattern SPARK_LOCAL = Pattern.compile("spark-(local(?:\\[(?:\\*|\\d+)(?:,\\s*\\d+)?\\])?)");

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public boolean accepts(String master) {
        String value = master.trim();
        return value.startsWith("spark://")
                || value.equals("yarn")
                || value.startsWith("k8s://")
                || value.startsWith("local-cluster[")
                || SPARK_LOCAL.matcher(value).matches();
    }

    /** The master URL to give Spark for a Rivulet master this provider accepts. */
    static String sparkMaster(String master) {
        String value = master.trim();
        Matcher local = SPARK_LOCAL.matcher(value);
        return local.matches() ? local.group(1) : value;
    }

    @Override
    public ClusterRunner open(String master, String appName, Map<String, String> settings) {
        return SparkRunner.open(sparkMaster(master), appName, settings);
    }
}
