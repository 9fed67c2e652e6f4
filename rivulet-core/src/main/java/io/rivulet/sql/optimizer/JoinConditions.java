package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.ExprId;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Conjuncts sorted by the side of a join that can evaluate them, as Spark's {@code PushPredicateThroughJoin.split}:
 * those that read only the left side's columns, only the right's, and the others (both sides, or
 * nondeterministic: those are never pushed into a side).
 */
record JoinConditions(List<Expression> left, List<Expression> right, List<Expression> common) {
    static JoinConditions split(List<Expression> conjuncts, LogicalPlan left, LogicalPlan right) {
        Set<ExprId> leftColumns = Attributes.outputIds(left);
        Set<ExprId> rightColumns = Attributes.outputIds(right);
        List<Expression> onLeft = new ArrayList<>();
        List<Expression> onRight = new ArrayList<>();
        List<Expression> common = new ArrayList<>();
        List<Expression> nondeterministic = new ArrayList<>();
        for (Expression conjunct : conjuncts) {
            if (!conjunct.deterministic()) {
                nondeterministic.add(conjunct);
            } else if (Attributes.readsOnly(conjunct, leftColumns)) {
                onLeft.add(conjunct);
            } else if (Attributes.readsOnly(conjunct, rightColumns)) {
                onRight.add(conjunct);
            } else {
                common.add(conjunct);
            }
        }
        common.addAll(nondeterministic);
        return new JoinConditions(onLeft, onRight, common);
    }

    /** {@code side} under a filter of {@code conjuncts}, or as it is when there are none. */
    static LogicalPlan filtered(LogicalPlan side, List<Expression> conjuncts) {
        return Predicates.and(conjuncts)
                .map(c -> (LogicalPlan) new Filter(c, side))
                .orElse(side);
    }

    static List<Expression> concat(List<Expression> first, List<Expression> second) {
        List<Expression> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
