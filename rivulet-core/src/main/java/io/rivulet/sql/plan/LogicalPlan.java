package io.rivulet.sql.plan;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A node of a logical plan: what a DataFrame or a query computes, not how. Every DataFrame operation makes one
 * new node over the old plan; nodes are immutable values (records), so that rules rewrite plans into new ones
 * and tests compare them as printed trees.
 *
 * <p>Each node has children, its own expressions ({@link #expressions()}: a projection's list, a filter's
 * condition, ...) and an output: the columns it gives, as {@link AttributeReference}s whose ids the parent's
 * expressions refer to. The analyzer turns an unresolved plan (names, {@code 'UnresolvedRelation}) into a
 * resolved one; the optimizer rewrites resolved plans (checking after each rule that the output schema did not
 * change); the physical planner turns the result into operators.
 */
public interface LogicalPlan {
    List<LogicalPlan> children();

    /** This node over {@code children} (same size and order); this if they are the same. */
    LogicalPlan withNewChildren(List<LogicalPlan> children);

    /** The columns this node gives, in order. */
    List<AttributeReference> output();

    /** The expressions of this node itself, not of its children, in a fixed order. */
    List<Expression> expressions();

    /** This node with {@code expressions} in place of {@link #expressions()} (same size and order). */
    LogicalPlan withNewExpressions(List<Expression> expressions);

    /** The node's line in a printed tree: {@code Filter (a#1L > 1)}, {@code 'UnresolvedRelation [t]}. */
    String nodeString();

    /** Whether names, types and functions are resolved, here and below. */
    default boolean resolved() {
        for (LogicalPlan child : children()) {
            if (!child.resolved()) {
                return false;
            }
        }
        for (Expression expression : expressions()) {
            if (!expression.resolved()) {
                return false;
            }
        }
        return true;
    }

    /** The output as a schema: names, types and nullability. */
    default StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (AttributeReference attribute : output()) {
            fields.add(DataTypes.createStructField(attribute.name(), attribute.dataType(), attribute.nullable()));
        }
        return DataTypes.createStructType(fields);
    }

    /** The columns of the children's outputs, all of them. */
    default List<AttributeReference> inputAttributes() {
        List<AttributeReference> input = new ArrayList<>();
        for (LogicalPlan child : children()) {
            input.addAll(child.output());
        }
        return input;
    }

    /** The estimated size of the output, for join ordering and broadcasting; unknown when the sources say nothing. */
    default Statistics statistics() {
        return Statistics.estimate(this);
    }

    /** The tree as Spark prints plans: a node a line, children under {@code +- } and {@code :- }. */
    default String treeString() {
        return TreeString.of(this);
    }

    // ---- rewriting ---------------------------------------------------------------------------------

    /** Rewrites bottom up: the children first, then {@code rule} on each node. */
    default LogicalPlan transformUp(Function<LogicalPlan, LogicalPlan> rule) {
        List<LogicalPlan> children = children();
        LogicalPlan node = this;
        if (!children.isEmpty()) {
            List<LogicalPlan> rewritten = new ArrayList<>(children.size());
            boolean changed = false;
            for (LogicalPlan child : children) {
                LogicalPlan after = child.transformUp(rule);
                changed |= after != child;
                rewritten.add(after);
            }
            if (changed) {
                node = withNewChildren(rewritten);
            }
        }
        return rule.apply(node);
    }

    /** Rewrites top down: {@code rule} on each node first, then on the children of what it gave. */
    default LogicalPlan transformDown(Function<LogicalPlan, LogicalPlan> rule) {
        LogicalPlan node = rule.apply(this);
        List<LogicalPlan> children = node.children();
        if (children.isEmpty()) {
            return node;
        }
        List<LogicalPlan> rewritten = new ArrayList<>(children.size());
        boolean changed = false;
        for (LogicalPlan child : children) {
            LogicalPlan after = child.transformDown(rule);
            changed |= after != child;
            rewritten.add(after);
        }
        return changed ? node.withNewChildren(rewritten) : node;
    }

    /** Rewrites every expression of this node (not the children's) bottom up. */
    default LogicalPlan transformExpressions(Function<Expression, Expression> rule) {
        List<Expression> expressions = expressions();
        if (expressions.isEmpty()) {
            return this;
        }
        List<Expression> rewritten = new ArrayList<>(expressions.size());
        boolean changed = false;
        for (Expression expression : expressions) {
            Expression after = expression.transformUp(rule);
            changed |= after != expression;
            rewritten.add(after);
        }
        return changed ? withNewExpressions(rewritten) : this;
    }

    /** Rewrites the expressions of every node of the tree. */
    default LogicalPlan transformAllExpressions(Function<Expression, Expression> rule) {
        return transformUp(node -> node.transformExpressions(rule));
    }

    /** Every node of the tree (this one first, depth first) that {@code test} accepts. */
    default List<LogicalPlan> collect(Predicate<LogicalPlan> test) {
        List<LogicalPlan> found = new ArrayList<>();
        List<LogicalPlan> stack = new ArrayList<>();
        stack.add(this);
        while (!stack.isEmpty()) {
            LogicalPlan node = stack.remove(stack.size() - 1);
            if (test.test(node)) {
                found.add(node);
            }
            List<LogicalPlan> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.add(children.get(i));
            }
        }
        return found;
    }

    /** The first node (depth first) of type {@code type}, if any. */
    default <P extends LogicalPlan> Optional<P> find(Class<P> type) {
        return collect(type::isInstance).stream().findFirst().map(type::cast);
    }
}
