package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.session.SqlSession;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * Chooses the physical operators of an optimized plan, as Spark's {@code SparkPlanner}: each node is planned by the
 * first of {@link #STRATEGIES} that knows it (the strategies plan the children through
 * {@link PlannerContext#plan}), then {@link EnsureRequirements} inserts the exchanges and sorts the operators
 * require and removes the redundant ones.
 *
 * <p>Aggregations and joins are planned by hooks ({@link AggregatePlanning}, {@link JoinPlanning}) that the
 * aggregation and join operators implement in their own packages; {@code new Planner(session)} finds them by class
 * name, and a test may pass its own.
 */
public final class Planner {
    /**
     * Above this many rows ({@code limit + offset}), an {@code ORDER BY ... LIMIT} is a full sort and a limit rather
     * than a top-N, whose buffers are not spillable (Spark's {@code topKSortFallbackThreshold}).
     */
    public static final long TOP_N_MAX_ROWS = 1_000_000;

    /** The strategies in the order they are asked; the first that knows a node plans it. */
    static final List<Strategy> STRATEGIES = List.of(
            new CacheStrategy(),
            new SourceStrategy(),
            new LimitStrategy(),
            new AggregationStrategy(),
            new JoinStrategy(),
            new WindowStrategy(),
            new BasicOperators());

    private final SqlSession session;
    private final AggregatePlanning aggregatePlanning;
    private final JoinPlanning joinPlanning;

    public Planner(SqlSession session) {
        this(
                session,
                load(AggregatePlanning.IMPLEMENTATION, AggregatePlanning.class, (node, child, context) -> {
                    throw new UnsupportedOperationException("aggregations cannot be planned yet (no "
                            + AggregatePlanning.IMPLEMENTATION + "): " + node.nodeString());
                }),
                load(JoinPlanning.IMPLEMENTATION, JoinPlanning.class, (node, left, right, context) -> {
                    throw new UnsupportedOperationException("joins cannot be planned yet (no "
                            + JoinPlanning.IMPLEMENTATION + "): " + node.nodeString());
                }));
    }

    /** A planner with these hooks for aggregations and joins. */
    public Planner(SqlSession session, AggregatePlanning aggregatePlanning, JoinPlanning joinPlanning) {
        this.session = requireNonNull(session, "session is null");
        this.aggregatePlanning = requireNonNull(aggregatePlanning, "aggregatePlanning is null");
        this.joinPlanning = requireNonNull(joinPlanning, "joinPlanning is null");
    }

    SqlSession session() {
        return session;
    }

    /** The operators of {@code plan} (optimized), with the exchanges and sorts they need. */
    public PhysicalPlan plan(LogicalPlan plan) {
        PlannerContext context = new PlannerContext(
                session, STRATEGIES, aggregatePlanning, joinPlanning, SourceFilterTranslation.INSTANCE);
        PhysicalPlan planned = context.plan(plan);
        return new EnsureRequirements(context.shufflePartitions()).apply(planned);
    }

    /**
     * An instance of the class {@code name} if it is on the class path and implements {@code type}, else
     * {@code fallback}.
     */
    private static <T> T load(String name, Class<T> type, T fallback) {
        Class<?> found;
        try {
            found = Class.forName(name, true, Planner.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return fallback;
        }
        if (!type.isAssignableFrom(found)) {
            return fallback;
        }
        try {
            return type.cast(found.getConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException target ? target.getCause() : e;
            throw new IllegalStateException("cannot make the " + type.getSimpleName() + " " + name, cause);
        }
    }
}
