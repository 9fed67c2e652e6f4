package io.rivulet.internal;

import java.util.Map;

/**
 * A cluster runner's entry in {@code META-INF/services/io.rivulet.internal.ClusterRunnerProvider}: it says
 * which master URLs it runs jobs for and opens a {@link ClusterRunner} for one.
 */
public interface ClusterRunnerProvider {
    /** A short name for messages, such as {@code spark}. */
    String name();

    /** Whether this provider runs jobs for {@code master} ({@code spark://host:7077}, {@code yarn}, ...). */
    boolean accepts(String master);

    /**
     * Connects to the cluster at {@code master} for the application {@code appName}; {@code settings} are the
     * {@code Rivulet}'s (every {@code rivulet.*} key, and any the runner reads, such as {@code spark.*}).
     */
    ClusterRunner open(String master, String appName, Map<String, String> settings);
}
