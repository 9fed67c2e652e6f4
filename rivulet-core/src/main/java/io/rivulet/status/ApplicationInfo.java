package io.rivulet.status;

import static io.rivulet.util.Checks.checkNotNull;

import io.rivulet.config.Redaction;
import java.util.Collections;
import java.util.Map;

/**
 * The application an event log or a status model is about: the first record of every event log.
 *
 * @param appName {@code rivulet.app.name}
 * @param master {@code rivulet.master}, like {@code local[4]}
 * @param slots how many tasks can run at once
 * @param startTimeMillis when the {@code Rivulet} was built
 * @param settings the {@code rivulet.*} settings in force, sorted by key, sensitive values redacted
 *     ({@link Redaction}: whatever reads an application's settings from here shows no secret)
 */
public record ApplicationInfo(
        String appName, String master, int slots, long startTimeMillis, Map<String, String> settings) {

    public ApplicationInfo {
        checkNotNull(appName, "appName");
        checkNotNull(master, "master");
        settings = Collections.unmodifiableMap(Redaction.redact(settings));
    }
}
