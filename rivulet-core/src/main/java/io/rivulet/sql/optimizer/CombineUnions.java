package io.rivulet.sql.optimizer;

import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Union;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Flattens a union of unions into one union of all their children, in order (Spark's {@code CombineUnions}). */
public final class CombineUnions implements Rule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (!(plan instanceof Union union) || union.children().stream().noneMatch(CombineUnions::byPosition)) {
            return Optional.empty();
        }
        List<LogicalPlan> children = new ArrayList<>();
        flatten(union, children);
        return Optional.of(new Union(children, false, false));
    }

    private static boolean byPosition(LogicalPlan plan) {
        return plan instanceof Union union && !union.byName() && !union.allowMissingColumns();
    }

    private static void flatten(Union union, List<LogicalPlan> into) {
        for (LogicalPlan child : union.children()) {
            if (byPosition(child)) {
                flatten((Union) child, into);
            } else {
                into.add(child);
            }
        }
    }
}
