package io.rivulet.sql.analysis;

import io.rivulet.sql.plan.LogicalPlan;
import java.util.Optional;

/**
 * One resolution rule of the analyzer, one class each, as Spark's {@code Rule[LogicalPlan]} in the {@code Analyzer}
 * batches. The analyzer calls it on every node it has not analyzed before, bottom up (the node's children have been
 * through the rule already), and runs its batch until no rule changes anything.
 */
interface AnalyzerRule {
    /**
     * The node rewritten, or empty when the rule does not apply (yet: names below may still be unresolved). Must
     * return empty rather than an equal node, so that the batch reaches its fixed point.
     */
    Optional<LogicalPlan> apply(LogicalPlan node, AnalysisContext context);

    default String name() {
        return getClass().getSimpleName();
    }
}
