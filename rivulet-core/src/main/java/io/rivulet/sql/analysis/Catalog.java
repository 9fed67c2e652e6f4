package io.rivulet.sql.analysis;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.plan.LogicalPlan;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary views of one session ({@code createOrReplaceTempView}), by name, case-insensitive as Spark's.
 * A view holds its analyzed plan. Thread-safe.
 */
public final class Catalog {
    private final Map<String, LogicalPlan> views = new ConcurrentHashMap<>();

    public void createOrReplaceView(String name, LogicalPlan plan) {
        views.put(normalize(name), requireNonNull(plan, "plan is null"));
    }

    public Optional<LogicalPlan> view(String name) {
        return Optional.ofNullable(views.get(normalize(name)));
    }

    public boolean dropView(String name) {
        return views.remove(normalize(name)) != null;
    }

    /** The names of the views, sorted. */
    public List<String> viewNames() {
        return List.copyOf(new TreeMap<>(views).keySet());
    }

    private static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
