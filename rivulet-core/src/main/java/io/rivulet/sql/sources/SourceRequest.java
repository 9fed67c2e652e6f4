package io.rivulet.sql.sources;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.SaveMode;
import io.rivulet.sql.types.StructType;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a reader or writer was asked: the paths, the options (names case-insensitive, as Spark's), the schema
 * the user gave, the partition columns and save mode of a write, and the session's settings a source needs.
 *
 * @param paths files, directories and globs, as given to {@code load}, {@code json(..)}, {@code save}
 * @param options as given to {@code option(k, v)}, keys lower-cased
 * @param userSchema the schema given to {@code schema(..)}, if any
 * @param partitionColumns the columns of {@code partitionBy(..)} of a write
 * @param saveMode the save mode of a write
 * @param session the settings that sources read
 */
public record SourceRequest(
        List<String> paths,
        Map<String, String> options,
        Optional<StructType> userSchema,
        List<String> partitionColumns,
        SaveMode saveMode,
        SessionSettings session) {
    public SourceRequest {
        paths = List.copyOf(paths);
        TreeMap<String, String> lower = new TreeMap<>();
        options.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT), value));
        options = java.util.Collections.unmodifiableMap(lower);
        requireNonNull(userSchema, "userSchema is null");
        partitionColumns = List.copyOf(partitionColumns);
        requireNonNull(saveMode, "saveMode is null");
        requireNonNull(session, "session is null");
    }

    /** An option's value, by its name in any case. */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The settings of the session that sources need.
     *
     * @param timeZone {@code rivulet.sql.session.timeZone}: of timestamps without an offset
     * @param maxPartitionBytes {@code rivulet.files.maxPartitionBytes}: the largest split of a file
     * @param defaultParallelism partitions to aim for when splitting
     * @param ansi {@code rivulet.sql.ansi.enabled}
     */
    public record SessionSettings(ZoneId timeZone, long maxPartitionBytes, int defaultParallelism, boolean ansi) {
        public SessionSettings {
            requireNonNull(timeZone, "timeZone is null");
        }
    }
}
