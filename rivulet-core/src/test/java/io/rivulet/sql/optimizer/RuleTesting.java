package io.rivulet.sql.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.plan.LogicalPlan;

/** Runs one rule as a fixed-point batch of its own does, every replacement checked. */
final class RuleTesting {
    private RuleTesting() {}

    /** {@code plan} after {@code rule}, repeated until it stops changing it. */
    static LogicalPlan rewrite(Rule rule, LogicalPlan plan) {
        LogicalPlan current = plan;
        for (int i = 0; i < 20; i++) {
            LogicalPlan next = RuleExecutor.applyOnce(rule, current, Fixtures.CONTEXT);
            if (next.equals(current)) {
                return next;
            }
            current = next;
        }
        throw new AssertionError(rule.name() + " did not reach a fixed point: " + current.treeString());
    }

    /** The printed plan after the rule. */
    static String after(Rule rule, LogicalPlan plan) {
        return rewrite(rule, plan).treeString();
    }

    /** Checks that the rule leaves the plan as it is. */
    static void doesNotFire(Rule rule, LogicalPlan plan) {
        assertThat(RuleExecutor.applyOnce(rule, plan, Fixtures.CONTEXT).treeString())
                .isEqualTo(plan.treeString());
    }
}
