package io.rivulet.sql.session;

import static java.util.Objects.requireNonNull;

import io.rivulet.config.RivuletConfig;
import io.rivulet.config.Settings;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * The settings of the DataFrame and SQL layer, read once from the {@code Rivulet}'s parsed settings.
 *
 * @param shufflePartitions {@code rivulet.sql.shuffle.partitions}: the partitions of joins' and aggregations'
 *     exchanges (default: the slot count)
 * @param autoBroadcastJoinThreshold {@code rivulet.sql.autoBroadcastJoinThreshold}: broadcast a join side
 *     estimated below this many bytes; -1 never
 * @param timeZone {@code rivulet.sql.session.timeZone}
 * @param ansi {@code rivulet.sql.ansi.enabled}
 * @param maxPartitionBytes {@code rivulet.files.maxPartitionBytes}
 * @param defaultParallelism the engine's default parallelism
 * @param optimizerExcludedRules {@code rivulet.sql.optimizer.excludedRules}: the names of the optimizer rules
 *     switched off
 * @param preferSortMergeJoin {@code rivulet.sql.join.preferSortMergeJoin}: a shuffled join on keys is a sort-merge
 *     join, never a shuffled hash join
 */
public record SqlConf(
        int shufflePartitions,
        long autoBroadcastJoinThreshold,
        ZoneId timeZone,
        boolean ansi,
        long maxPartitionBytes,
        int defaultParallelism,
        List<String> optimizerExcludedRules,
        boolean preferSortMergeJoin) {
    public SqlConf {
        requireNonNull(timeZone, "timeZone is null");
        optimizerExcludedRules = List.copyOf(optimizerExcludedRules);
    }

    /** The settings with sort-merge joins preferred, as by default. */
    public SqlConf(
            int shufflePartitions,
            long autoBroadcastJoinThreshold,
            ZoneId timeZone,
            boolean ansi,
            long maxPartitionBytes,
            int defaultParallelism,
            List<String> optimizerExcludedRules) {
        this(
                shufflePartitions,
                autoBroadcastJoinThreshold,
                timeZone,
                ansi,
                maxPartitionBytes,
                defaultParallelism,
                optimizerExcludedRules,
                true);
    }

    /** The settings with every optimizer rule on. */
    public SqlConf(
            int shufflePartitions,
            long autoBroadcastJoinThreshold,
            ZoneId timeZone,
            boolean ansi,
            long maxPartitionBytes,
            int defaultParallelism) {
        this(
                shufflePartitions,
                autoBroadcastJoinThreshold,
                timeZone,
                ansi,
                maxPartitionBytes,
                defaultParallelism,
                List.of());
    }

    /** These settings with the optimizer rules {@code names} switched off instead. */
    public SqlConf withOptimizerExcludedRules(List<String> names) {
        return new SqlConf(
                shufflePartitions,
                autoBroadcastJoinThreshold,
                timeZone,
                ansi,
                maxPartitionBytes,
                defaultParallelism,
                names,
                preferSortMergeJoin);
    }

    /** These settings with {@code rivulet.sql.join.preferSortMergeJoin} set to {@code prefer}. */
    public SqlConf withPreferSortMergeJoin(boolean prefer) {
        return new SqlConf(
                shufflePartitions,
                autoBroadcastJoinThreshold,
                timeZone,
                ansi,
                maxPartitionBytes,
                defaultParallelism,
                optimizerExcludedRules,
                prefer);
    }

    public static SqlConf of(Settings settings, int slots, int defaultParallelism) {
        return new SqlConf(
                settings.getOptional(RivuletConfig.SQL_SHUFFLE_PARTITIONS).orElse(slots),
                settings.get(RivuletConfig.SQL_AUTO_BROADCAST_JOIN_THRESHOLD),
                settings.getOptional(RivuletConfig.SQL_SESSION_TIME_ZONE)
                        .map(ZoneId::of)
                        .orElse(ZoneId.systemDefault()),
                settings.get(RivuletConfig.SQL_ANSI_ENABLED),
                settings.get(RivuletConfig.FILES_MAX_PARTITION_BYTES),
                defaultParallelism,
                settings.getOptional(RivuletConfig.SQL_OPTIMIZER_EXCLUDED_RULES)
                        .map(SqlConf::names)
                        .orElse(List.of()),
                settings.get(RivuletConfig.SQL_JOIN_PREFER_SORT_MERGE_JOIN));
    }

    /** {@code "a, b,,c"} as {@code [a, b, c]}. */
    private static List<String> names(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .toList();
    }
}
