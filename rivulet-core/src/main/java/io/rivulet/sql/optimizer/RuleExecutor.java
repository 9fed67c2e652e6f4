package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs batches of rules over a plan, as Spark's {@code RuleExecutor}: a batch runs each of its rules in turn over
 * the whole tree (in the rule's traversal order), and repeats the round until the plan stops changing or the
 * batch's iteration cap is reached (then it goes on with the plan as it is: every round leaves a correct plan).
 *
 * <p>Every replacement a rule makes is checked on the spot: it must give the replaced node's output, column for
 * column the same name, type and id (nullability may change: an outer join made inner makes columns non-null,
 * as Spark allows). A rule that breaks it fails loudly with an {@link IllegalStateException} naming the rule and
 * both outputs: it is a bug of the rule, never of the query.
 */
final class RuleExecutor {
    private RuleExecutor() {}

    /** The plan after the batches, skipping the rules named in {@code excluded}. */
    static LogicalPlan execute(LogicalPlan plan, List<Batch> batches, Set<String> excluded, RuleContext context) {
        LogicalPlan current = plan;
        for (Batch batch : batches) {
            List<Rule> rules = batch.rules().stream()
                    .filter(rule -> !excluded.contains(rule.name()))
                    .toList();
            for (int iteration = 0; iteration < batch.maxIterations(); iteration++) {
                LogicalPlan before = current;
                for (Rule rule : rules) {
                    current = applyOnce(rule, current, context);
                }
                if (current.equals(before)) {
                    break;
                }
            }
        }
        return current;
    }

    /** One pass of {@code rule} over every node of {@code plan}, each replacement checked. */
    static LogicalPlan applyOnce(Rule rule, LogicalPlan plan, RuleContext context) {
        Function<LogicalPlan, LogicalPlan> atNode = node -> {
            Optional<LogicalPlan> replacement = rule.apply(node, context);
            if (replacement.isEmpty() || replacement.get() == node) {
                return node;
            }
            checkSameOutput(rule, node, replacement.get());
            return replacement.get();
        };
        return rule.traversal() == Rule.Traversal.TOP_DOWN ? plan.transformDown(atNode) : plan.transformUp(atNode);
    }

    /**
     * Spark's {@code LogicalPlanIntegrity.validateSchemaOutput} (names and types, nullability ignored), plus the
     * ids: the parent of the node refers to its columns by id.
     */
    static void checkSameOutput(Rule rule, LogicalPlan before, LogicalPlan after) {
        List<AttributeReference> expected = before.output();
        List<AttributeReference> actual = after.output();
        boolean same = expected.size() == actual.size();
        for (int i = 0; same && i < expected.size(); i++) {
            AttributeReference a = expected.get(i);
            AttributeReference b = actual.get(i);
            same = a.name().equals(b.name())
                    && a.exprId().equals(b.exprId())
                    && a.dataType().asNullable().equals(b.dataType().asNullable());
        }
        if (!same) {
            throw new IllegalStateException("optimizer rule " + rule.name() + " changed the output of a plan from "
                    + describe(expected) + " to " + describe(actual) + "; the plan before:\n" + before.treeString()
                    + "the plan after:\n" + after.treeString());
        }
    }

    private static String describe(List<AttributeReference> output) {
        return output.stream()
                .map(a -> a + ": " + a.dataType().simpleString())
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
