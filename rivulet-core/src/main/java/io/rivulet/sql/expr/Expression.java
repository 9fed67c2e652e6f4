package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A node of an expression tree: a column, a literal, an operator or a function over other expressions.
 * Expressions are immutable values (records): two trees that print the same are equal, which is what rules
 * and their tests compare.
 *
 * <p>Life of an expression: the DataFrame API and the SQL parser build <em>unresolved</em> trees (names as
 * {@link UnresolvedAttribute}, calls as {@link UnresolvedFunction}); the analyzer resolves names to
 * {@link AttributeReference}s of the child plan's output (by {@link ExprId}, never by name afterwards), calls
 * to function nodes, and inserts casts where types must meet; the optimizer rewrites resolved trees; the
 * physical planner binds attributes to column positions ({@link BoundReference}) of the batches an operator
 * reads, and operators call {@link #eval} a batch at a time.
 *
 * <p>Evaluation is vectorized: {@link #eval} takes a whole {@link ColumnBatch} and returns one vector of
 * {@code batch.numRows()} values, computing over primitive arrays in tight loops, with SQL's three-valued
 * logic (a null input gives a null output unless the function says otherwise).
 */
public interface Expression {
    /** The inputs of this node, in order. */
    List<Expression> children();

    /** This node over {@code children} (same size and order as {@link #children()}); this if they are the same. */
    Expression withNewChildren(List<Expression> children);

    /** The type of the values; only for a resolved expression. */
    DataType dataType();

    /** Whether a value may be null; only for a resolved expression. */
    boolean nullable();

    /**
     * Whether names and functions are resolved and the input types accepted ({@link #checkInputTypes}), here
     * and below.
     */
    default boolean resolved() {
        for (Expression child : children()) {
            if (!child.resolved()) {
                return false;
            }
        }
        return checkInputTypes().isEmpty();
    }

    /**
     * What is wrong with the input types, naming both types and the expression ({@code cannot resolve
     * "(a + b)": the types differ: "INT" and "STRING"}), or empty when they are accepted. Only asked of nodes
     * whose children are resolved.
     */
    default Optional<String> checkInputTypes() {
        return Optional.empty();
    }

    /** Whether the value is the same for every row and can be computed while planning (constant folding). */
    default boolean foldable() {
        List<Expression> children = children();
        if (children.isEmpty()) {
            return false;
        }
        for (Expression child : children) {
            if (!child.foldable()) {
                return false;
            }
        }
        return deterministic();
    }

    /** Whether the same input always gives the same value ({@code rand()} and {@code uuid()} do not). */
    default boolean deterministic() {
        for (Expression child : children()) {
            if (!child.deterministic()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The expression as Spark names an unnamed column after it and quotes it in error messages (Spark's
     * {@code toPrettySQL}): {@code (a + 1)}, {@code upper(name)}, {@code CAST(x AS BIGINT)}, literals as their
     * values ({@code lit("x")} is {@code x}), attributes by name without ids. {@link #toString()} is the plan
     * form, with ids: {@code (a#1L + 1)}.
     */
    String sql();

    /**
     * The values for every row of {@code batch}: a vector of {@code batch.numRows()} rows. Only for a resolved
     * and bound expression (columns as {@link BoundReference}s).
     *
     * @throws UnsupportedOperationException for nodes that are never evaluated (unresolved, aggregates)
     */
    default ColumnVector eval(ColumnBatch batch, EvalContext context) {
        throw new UnsupportedOperationException("cannot evaluate " + getClass().getSimpleName() + ": " + sql());
    }

    // ---- tree walks ------------------------------------------------------------------------------

    /** Rewrites the tree bottom up: children first, then {@code rule} on each node (returning it unchanged if it does not apply). */
    default Expression transformUp(Function<Expression, Expression> rule) {
        List<Expression> children = children();
        Expression node = this;
        if (!children.isEmpty()) {
            List<Expression> rewritten = new ArrayList<>(children.size());
            boolean changed = false;
            for (Expression child : children) {
                Expression after = child.transformUp(rule);
                changed |= after != child;
                rewritten.add(after);
            }
            if (changed) {
                node = withNewChildren(rewritten);
            }
        }
        return rule.apply(node);
    }

    /** Rewrites the tree top down: {@code rule} on each node first, then on the children of what it gave. */
    default Expression transformDown(Function<Expression, Expression> rule) {
        Expression node = rule.apply(this);
        List<Expression> children = node.children();
        if (children.isEmpty()) {
            return node;
        }
        List<Expression> rewritten = new ArrayList<>(children.size());
        boolean changed = false;
        for (Expression child : children) {
            Expression after = child.transformDown(rule);
            changed |= after != child;
            rewritten.add(after);
        }
        return changed ? node.withNewChildren(rewritten) : node;
    }

    /** Every node of the tree (this one first, depth first) that {@code test} accepts. */
    default List<Expression> collect(Predicate<Expression> test) {
        List<Expression> found = new ArrayList<>();
        collectInto(this, test, found);
        return found;
    }

    private static void collectInto(Expression node, Predicate<Expression> test, List<Expression> found) {
        if (test.test(node)) {
            found.add(node);
        }
        for (Expression child : node.children()) {
            collectInto(child, test, found);
        }
    }

    /** Whether some node of the tree is accepted by {@code test}. */
    default boolean exists(Predicate<Expression> test) {
        if (test.test(this)) {
            return true;
        }
        for (Expression child : children()) {
            if (child.exists(test)) {
                return true;
            }
        }
        return false;
    }

    /** The attributes this expression reads, in the order met. */
    default Set<AttributeReference> references() {
        Set<AttributeReference> found = new LinkedHashSet<>();
        for (Expression node : collect(e -> e instanceof AttributeReference)) {
            found.add((AttributeReference) node);
        }
        return found;
    }
}
