package io.rivulet.sql.optimizer;

import io.rivulet.sql.plan.LogicalPlan;
import java.util.Optional;

/**
 * One rewrite of a logical plan into a cheaper one that gives the same rows: one class per rule, named for what
 * it does, stateless (one instance serves every query). The optimizer offers the rule every node of the tree in
 * the rule's {@link #traversal()} order; {@link #apply} looks at that node (and below it, if it needs to) and
 * returns its replacement, or empty when it does not apply. The replacement must give the node's output: the
 * same columns (names, types and ids) in the same order, which the optimizer checks after every application.
 */
public interface Rule {
    /** The replacement of {@code plan}, or empty when the rule does not apply to it. */
    Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context);

    /**
     * The order in which the optimizer offers the nodes. Bottom-up suits rules that fold what is below first
     * (constants, projections); top-down suits rules that push a node down, so that one pass takes it all the way.
     */
    default Traversal traversal() {
        return Traversal.BOTTOM_UP;
    }

    /** The name the configuration excludes the rule by ({@code rivulet.sql.optimizer.excludedRules}): its class's. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** How the optimizer walks the tree for one rule. */
    enum Traversal {
        /** Parents first; a replacement's children are then offered in their turn. */
        TOP_DOWN,
        /** Children first, then their parent (over the rewritten children). */
        BOTTOM_UP
    }
}
