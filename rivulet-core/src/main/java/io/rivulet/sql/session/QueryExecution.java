package io.rivulet.sql.session;

import static java.util.Objects.requireNonNull;

import io.rivulet.internal.RivuletInternals;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.analysis.Analyzer;
import io.rivulet.sql.execution.ExecutionContext;
import io.rivulet.sql.execution.PhysicalPlan;
import io.rivulet.sql.execution.PlanGraphs;
import io.rivulet.sql.execution.Planner;
import io.rivulet.sql.optimizer.Optimizer;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.function.Function;

/**
 * The four plans of one query, each made once when first asked: the plan as built ({@code parsed}), resolved
 * ({@code analyzed}: a DataFrame asks for it when it is made, so that mistakes show at once), optimized, and
 * physical; and the lineage of batches that runs it. Thread-safe.
 */
public final class QueryExecution {
    private final SqlSession session;
    private final LogicalPlan parsed;
    private volatile LogicalPlan analyzed;
    private volatile LogicalPlan optimized;
    private volatile PhysicalPlan physical;

    public QueryExecution(SqlSession session, LogicalPlan parsed) {
        this.session = requireNonNull(session, "session is null");
        this.parsed = requireNonNull(parsed, "parsed is null");
    }

    public LogicalPlan parsed() {
        return parsed;
    }

    public LogicalPlan analyzed() {
        LogicalPlan result = analyzed;
        if (result == null) {
            synchronized (this) {
                if (analyzed == null) {
                    analyzed = new Analyzer(session).analyze(parsed);
                }
                result = analyzed;
            }
        }
        return result;
    }

    public LogicalPlan optimized() {
        LogicalPlan result = optimized;
        if (result == null) {
            synchronized (this) {
                if (optimized == null) {
                    // Cached subtrees are swapped in before optimizing, as Spark does, so the rules work on top of
                    // them.
                    optimized = new Optimizer(session.conf())
                            .optimize(session.cacheManager().useCachedData(analyzed()));
                }
                result = optimized;
            }
        }
        return result;
    }

    public PhysicalPlan physical() {
        PhysicalPlan result = physical;
        if (result == null) {
            synchronized (this) {
                if (physical == null) {
                    physical = new Planner(session).plan(optimized());
                }
                result = physical;
            }
        }
        return result;
    }

    /** The lineage that computes the query's batches (a new one each time: jobs may run it concurrently). */
    public BaseRDD<ColumnBatch> toRdd() {
        return toRdd(newContext());
    }

    /** A context for one execution: its operators count their metrics in it. */
    public ExecutionContext newContext() {
        return new ExecutionContext(session.rivulet(), session.conf());
    }

    /** The lineage of the query's batches, built in {@code context}. */
    public BaseRDD<ColumnBatch> toRdd(ExecutionContext context) {
        return physical().execute(context);
    }

    /**
     * Builds the query's lineage and runs {@code jobs} over it; every job started meanwhile on this thread (the
     * action's, and those that building the lineage runs: range bounds, broadcasts) carries the physical plan
     * with this execution's metrics, for listeners and the UI.
     */
    public <R> R run(Function<BaseRDD<ColumnBatch>, R> jobs) {
        ExecutionContext context = newContext();
        PhysicalPlan plan = physical();
        return RivuletInternals.withJobPlan(
                session.rivulet(), () -> PlanGraphs.of(plan, context.metrics()), () -> jobs.apply(toRdd(context)));
    }

    /** {@code explain(extended)}: the physical plan; with {@code extended}, the four plans, as Spark prints them. */
    public String explainString(boolean extended) {
        if (!extended) {
            return "== Physical Plan ==\n" + physical().treeString();
        }
        return "== Parsed Logical Plan ==\n" + parsed.treeString() + "\n== Analyzed Logical Plan ==\n"
                + analyzed().treeString() + "\n== Optimized Logical Plan ==\n"
                + optimized().treeString()
                + "\n== Physical Plan ==\n" + physical().treeString();
    }
}
