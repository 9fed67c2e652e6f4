package io.rivulet.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The measurements of one benchmark run, by workload and engine. */
final class Results {
    /** The first answer seen for a workload, which every other run must match. */
    record Answer(String engine, Checksum checksum) {}

    final Options options;
    final Map<Workload, Answer> answers = new EnumMap<>(Workload.class);
    private final Map<Workload, Map<String, List<Long>>> steady = new EnumMap<>(Workload.class);
    private final Map<Workload, Map<String, List<Long>>> whole = new EnumMap<>(Workload.class);
    private final Map<Workload, Map<String, List<Long>>> rssKb = new EnumMap<>(Workload.class);
    private final Map<Workload, Map<String, String>> skipped = new EnumMap<>(Workload.class);
    private final Map<Workload, Map<String, Map<String, String>>> info = new EnumMap<>(Workload.class);
    Machine machine;

    Results(Options options) {
        this.options = options;
    }

    void addSteady(Workload workload, String engine, long nanos) {
        list(steady, workload, engine).add(nanos);
    }

    void addWhole(Workload workload, String engine, long nanos, long rss) {
        list(whole, workload, engine).add(nanos);
        if (rss >= 0) {
            list(rssKb, workload, engine).add(rss);
        }
    }

    /** Records that {@code engine} cannot run {@code workload} yet, and why. */
    void skip(Workload workload, String engine, String reason) {
        skipped.computeIfAbsent(workload, w -> new LinkedHashMap<>()).putIfAbsent(engine, reason);
    }

    /** Why {@code engine} did not run {@code workload}, or null if it did. */
    String skipped(Workload workload, String engine) {
        return skipped.getOrDefault(workload, Map.of()).get(engine);
    }

    /** Records a fact that an engine's JVM printed ({@link Engine#info}); the last one of a key wins. */
    void addInfo(Workload workload, String engine, String key, String value) {
        info.computeIfAbsent(workload, w -> new LinkedHashMap<>())
                .computeIfAbsent(engine, e -> new LinkedHashMap<>())
                .put(key, value);
    }

    /** A fact an engine printed for a workload, or null. */
    String info(Workload workload, String engine, String key) {
        return info.getOrDefault(workload, Map.of())
                .getOrDefault(engine, Map.of())
                .get(key);
    }

    /** Steady-state times in nanoseconds (empty when not measured). */
    List<Long> steady(Workload workload, String engine) {
        return get(steady, workload, engine);
    }

    List<Long> whole(Workload workload, String engine) {
        return get(whole, workload, engine);
    }

    List<Long> rssKb(Workload workload, String engine) {
        return get(rssKb, workload, engine);
    }

    private static List<Long> list(Map<Workload, Map<String, List<Long>>> map, Workload workload, String engine) {
        return map.computeIfAbsent(workload, w -> new LinkedHashMap<>())
                .computeIfAbsent(engine, e -> new ArrayList<>());
    }

    private static List<Long> get(Map<Workload, Map<String, List<Long>>> map, Workload workload, String engine) {
        return map.getOrDefault(workload, Map.of()).getOrDefault(engine, List.of());
    }

    /** The median of a list of numbers (the mean of the two middle ones for an even count); NaN if empty. */
    static double median(List<Long> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
