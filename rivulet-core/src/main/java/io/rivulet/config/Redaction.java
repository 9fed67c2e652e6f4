package io.rivulet.config;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Hides the values of sensitive settings wherever settings are shown or written (the web UI's settings,
 * {@code /api/status}, event logs and so reports), as Spark's {@code spark.redaction.regex} does: a setting
 * whose name or value matches {@value #BUILT_IN} (case-insensitively), or the application's own
 * {@code rivulet.redaction.regex}, is shown as {@value #REDACTED}. The settings a {@code Rivulet} runs with
 * ({@code rv.conf()}) are never changed: only what leaves it.
 */
public final class Redaction {
    /** What a redacted value reads as, as in Spark. */
    public static final String REDACTED = "*********(redacted)";

    /** Names (or values) that always mark a secret. */
    public static final String BUILT_IN = "password|secret|token|credential";

    private static final Pattern BUILT_IN_PATTERN = Pattern.compile(BUILT_IN, Pattern.CASE_INSENSITIVE);

    private Redaction() {}

    /**
     * {@code settings} with the values of sensitive ones replaced by {@link #REDACTED}, sorted by key; the rule
     * is the built-in one plus the {@code rivulet.redaction.regex} found among the settings themselves (one that
     * does not compile, in an old event log say, adds nothing).
     */
    public static Map<String, String> redact(Map<String, String> settings) {
        Pattern extra = extraPattern(settings.get(RivuletConfig.REDACTION_REGEX.key()));
        Map<String, String> shown = new TreeMap<>();
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            String key = setting.getKey();
            String value = setting.getValue();
            shown.put(key, isSensitive(key, value, extra) ? REDACTED : value);
        }
        return shown;
    }

    private static boolean isSensitive(String key, String value, Pattern extra) {
        if (key.equals(RivuletConfig.REDACTION_REGEX.key())) {
            return false; // the rule itself is no secret
        }
        return matches(BUILT_IN_PATTERN, key, value) || (extra != null && matches(extra, key, value));
    }

    private static boolean matches(Pattern pattern, String key, String value) {
        return pattern.matcher(key).find()
                || (value != null && pattern.matcher(value).find());
    }

    private static Pattern extraPattern(String regex) {
        if (regex == null || regex.isEmpty()) {
            return null;
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    /** The check of {@code rivulet.redaction.regex}: null when it compiles. */
    static String checkRegex(String regex) {
        try {
            Pattern.compile(regex);
            return null;
        } catch (PatternSyntaxException e) {
            return "a Java regular expression (" + e.getDescription() + ")";
        }
    }
}
