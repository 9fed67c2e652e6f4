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

    /**
     * The printed {@code plan} with the ids that none of {@code known} prints (those rules made with
     * {@code ExprId.next()}) as {@code #new1}, {@code #new2}, ... in order of appearance.
     */
    static String withFreshIds(LogicalPlan plan, LogicalPlan... known) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (LogicalPlan k : known) {
            java.util.regex.Matcher m = ID.matcher(k.treeString());
            while (m.find()) {
                ids.add(m.group());
            }
        }
        java.util.Map<String, String> fresh = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher m = ID.matcher(plan.treeString());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = m.group();
            String replacement = ids.contains(id) ? id : fresh.computeIfAbsent(id, x -> "#new" + (fresh.size() + 1));
            m.appendReplacement(out, replacement);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("#\\d+");

    /** Checks that the rule leaves the plan as it is. */
    static void doesNotFire(Rule rule, LogicalPlan plan) {
        assertThat(RuleExecutor.applyOnce(rule, plan, Fixtures.CONTEXT).treeString())
                .isEqualTo(plan.treeString());
    }
}
