package io.rivulet.config;

/**
 * The checks a parsed configuration value must pass, as constants rather than lambdas: the catalogue is
 * initialized at every start, and each lambda would be bootstrapped there one by one (a millisecond or so
 * apiece in a fresh JVM).
 */
enum ValueCheck {
    POSITIVE,
    FRACTION,
    PORT,
    TIME_ZONE,
    REGEX,
    MASTER;

    /** What the value must be ({@code positive}), or null when it is fine. */
    String problem(Object value) {
        return switch (this) {
            case POSITIVE -> ((Number) value).longValue() > 0 ? null : "positive";
            case FRACTION -> {
                double fraction = (Double) value;
                yield fraction >= 0 && fraction <= 1 ? null : "in [0, 1]";
            }
            case PORT -> {
                int port = (Integer) value;
                yield port >= 0 && port <= 65535 ? null : "a port number, or 0 for any free port";
            }
            case TIME_ZONE -> timeZone((String) value);
            case REGEX -> Redaction.checkRegex((String) value);
            case MASTER -> master((String) value);
        };
    }

    private static String timeZone(String zone) {
        try {
            java.time.ZoneId.of(zone);
            return null;
        } catch (java.time.DateTimeException e) {
            return "a time zone ID like UTC, Europe/Zurich or +02:00";
        }
    }

    private static String master(String master) {
        if (!Master.isCluster(master)) {
            Master.slots(master); // throws naming what a local master looks like; a cluster's is its runner's
        }
        return null;
    }
}
