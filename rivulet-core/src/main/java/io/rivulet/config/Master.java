package io.rivulet.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses a master URL; only the embedded {@code local}, {@code local[N]} and {@code local[*]} exist yet. */
public final class Master {
    private static final Pattern LOCAL_N = Pattern.compile("local\\[(\\*|\\d+)(?:,\\s*(\\d+))?\\]");

    private Master() {}

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
