package io.rivulet.engine;

import static io.rivulet.util.Checks.checkArgument;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The settings of one {@code Rivulet}, read-only once built; typed getters parse and check values. */
public final class RivuletConf {
    public static final String MASTER = "rivulet.master";
    public static final String APP_NAME = "rivulet.app.name";
    public static final String EXECUTOR_MEMORY = "rivulet.executor.memory";
    public static final String TASK_MAX_FAILURES = "rivulet.task.maxFailures";
    /** Attempts of a stage that may fail in a row because shuffle output it reads was lost (Spark's: 4). */
    public static final String STAGE_MAX_CONSECUTIVE_ATTEMPTS = "rivulet.stage.maxConsecutiveAttempts";

    public static final String LOCAL_DIR = "rivulet.local.dir";
    public static final String DEFAULT_PARALLELISM = "rivulet.default.parallelism";
    public static final String FILES_MAX_PARTITION_BYTES = "rivulet.files.maxPartitionBytes";
    public static final String UI_ENABLED = "rivulet.ui.enabled";
    public static final String UI_PORT = "rivulet.ui.port";
    public static final String EVENT_LOG_DIR = "rivulet.eventLog.dir";

    private final Map<String, String> settings;

    public RivuletConf(Map<String, String> settings) {
        this.settings = new TreeMap<>(settings);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    public String get(String key, String defaultValue) {
        return settings.getOrDefault(key, defaultValue);
    }

    public int getInt(String key, int defaultValue) {
        String value = settings.get(key);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("config " + key + " must be an integer: '" + value + "'", e);
        }
    }

    public double getDouble(String key, double defaultValue) {
        String value = settings.get(key);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("config " + key + " must be a number: '" + value + "'", e);
        }
    }

    public boolean getBoolean(String key, boolean defaultValue) {
        String value = settings.get(key);
        if (value == null) {
            return defaultValue;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("config " + key + " must be true or false: '" + value + "'");
        };
    }

    public long getBytes(String key, long defaultValue) {
        String value = settings.get(key);
        return value == null ? defaultValue : parseBytes(key, value);
    }

    /** Parses sizes as Spark writes them: {@code 512m}, {@code 2g}, {@code 64k}, {@code 1024} (bytes). */
    public static long parseBytes(String what, String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.endsWith("b") && value.length() > 1 && !Character.isDigit(value.charAt(value.length() - 2))) {
            value = value.substring(0, value.length() - 1);
        }
        long multiplier = 1;
        char unit = value.isEmpty() ? ' ' : value.charAt(value.length() - 1);
        switch (unit) {
            case 'k' -> multiplier = 1L << 10;
            case 'm' -> multiplier = 1L << 20;
            case 'g' -> multiplier = 1L << 30;
            case 't' -> multiplier = 1L << 40;
            default -> multiplier = 1;
        }
        String digits = multiplier == 1 ? value : value.substring(0, value.length() - 1);
        try {
            long number = Long.parseLong(digits.trim());
            checkArgument(number >= 0, "%s must not be negative: '%s'", what, text);
            return Math.multiplyExact(number, multiplier);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(what + " must be a size like 512m, 2g or 1048576: '" + text + "'", e);
        }
    }

    public Map<String, String> asMap() {
        return java.util.Collections.unmodifiableMap(settings);
    }
}
