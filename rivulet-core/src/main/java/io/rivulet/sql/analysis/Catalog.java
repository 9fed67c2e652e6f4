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
 * What names mean in one session, as Spark's {@code SessionCatalog}: the temporary views
 * ({@code createOrReplaceTempView}), by name, case-insensitive as Spark's, each holding its analyzed plan; and the
 * functions, through the {@link FunctionResolver} the session gives (its registry of built-ins and UDFs).
 * Thread-safe.
 */
public final class Catalog {
    private final Map<String, LogicalPlan> views = new ConcurrentHashMap<>();
    private final FunctionResolver functions;

    /** A catalog that knows no function (until the session gives its registry). */
    public Catalog() {
        this(FunctionResolver.NONE);
    }

    public Catalog(FunctionResolver functions) {
        this.functions = requireNonNull(functions, "functions is null");
    }

    public FunctionResolver functions() {
        return functions;
    }

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
