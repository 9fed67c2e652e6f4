package io.rivulet.internal;

import io.rivulet.config.Master;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** Finds the cluster runner for a master URL on the class path ({@link ClusterRunnerProvider}s). */
public final class ClusterRunners {
    private ClusterRunners() {}

    /**
     * Opens the runner of the first provider that accepts {@code master}, which must not be an embedded master;
     * fails naming the master and what to add to the class path when no provider accepts it.
     */
    public static ClusterRunner open(String master, String appName, Map<String, String> settings) {
        if (!Master.isCluster(master)) {
            throw new IllegalArgumentException("'" + master + "' is an embedded master, not a cluster's");
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = ClusterRunners.class.getClassLoader();
        }
        List<String> found = new ArrayList<>();
        for (ClusterRunnerProvider provider : ServiceLoader.load(ClusterRunnerProvider.class, loader)) {
            if (provider.accepts(master)) {
                return provider.open(master, appName, settings);
            }
            found.add(provider.name());
        }
        throw new IllegalArgumentException("no cluster runner on the class path runs jobs for master '" + master
                + "'" + (found.isEmpty() ? "" : " (runners found: " + String.join(", ", found) + ")")
                + ": add rivulet-spark to the class path for spark://, yarn and k8s:// masters,"
                + " or use an embedded master: local, local[N] or local[*]");
    }
}
