package io.rivulet.sql.analysis;

import io.rivulet.sql.plan.LogicalPlan;
import java.util.Optional;

/** (To be written.) */
final class TypeCoercion implements AnalyzerRule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan node, AnalysisContext context) {
        return Optional.empty();
    }
}
