package io.rivulet.sql.session;

import static java.util.Objects.requireNonNull;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.analysis.Analyzer;
import io.rivulet.sql.execution.ExecutionContext;
import io.rivulet.sql.execution.PhysicalPlan;
import io.rivulet.sql.execution.Planner;
import io.rivulet.sql.optimizer.Optimizer;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.vector.ColumnBatch;

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
        return physical().execute(new ExecutionContext(session.rivulet(), session.conf()));
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
