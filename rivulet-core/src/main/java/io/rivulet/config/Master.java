package io.rivulet.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a master URL. The embedded engine runs {@code local}, {@code local[N]} and {@code local[*]}; any other
 * master ({@code spark://host:7077}, {@code yarn}, {@code k8s://...}) is a cluster's, run by a cluster runner
 * found on the class path ({@code io.rivulet.internal.ClusterRunners}).
 */
public final class Master {
    private static final Pattern LOCAL_N = Pattern.compile("local\\[(\\*|\\d+)(?:,\\s*(\\d+))?\\]");

    private Master() {}

    /** Whether {@code master} is one of the embedded engine's: {@code local}, {@code local[N]}, {@code local[*]}. */
    public static boolean isEmbedded(String master) {
        String value = master.trim();
        Matcher matcher = LOCAL_N.matcher(value);
        return value.equals("local")
                || (matcher.matches() && (matcher.group(1).equals("*") || Integer.parseInt(matcher.group(1)) > 0));
    }

    /**
     * Whether {@code master} names a cluster's master, for a cluster runner: anything but a blank string and
     * the {@code local} family (whose mistakes, such as {@code local[0]}, the embedded engine reports).
     */
    public static boolean isCluster(String master) {
        return !master.isBlank() && !master.trim().startsWith("local");
    }

    /** The number of worker slots the master gives. */
    public static int slots(String master) {
        String value = master.trim();
        if (value.equals("local")) {
            return 1;
        }
        Matcher matcher = LOCAL_N.matcher(value);
        if (matcher.matches()) {
            if (matcher.group(1).equals("*")) {
                return Runtime.getRuntime().availableProcessors();
            }
            int slots = Integer.parseInt(matcher.group(1));
            if (slots > 0) {
                return slots;
            }
        }
        throw new IllegalArgumentException(
                "unsupported master '" + master + "': expected local, local[N] with N > 0, or local[*]");
    }
}
