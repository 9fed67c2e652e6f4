package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Attributes.semanticEquals;

import io.rivulet.sql.expr.And;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.GreaterThan;
import io.rivulet.sql.expr.GreaterThanOrEqual;
import io.rivulet.sql.expr.IsNotNull;
import io.rivulet.sql.expr.IsNull;
import io.rivulet.sql.expr.LessThan;
import io.rivulet.sql.expr.LessThanOrEqual;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.Not;
import io.rivulet.sql.expr.Or;
import java.util.List;
import java.util.Optional;

/**
 * Simplifies boolean expressions in SQL's three-valued logic, as Spark's {@code BooleanSimplification}:
 * {@code true AND x} is {@code x}, {@code false AND x} is {@code false}, {@code x OR true} is {@code true},
 * {@code x OR false} is {@code x}; {@code x AND x} and {@code x OR x} are {@code x}; a non-null {@code x AND NOT x}
 * is {@code false} and {@code x OR NOT x} {@code true}; {@code (a AND b) OR (a AND c)} is
 * {@code a AND (b OR c)} (and the converse); {@code NOT} goes into comparisons ({@code NOT a > b} is
 * {@code a <= b}: comparisons order every value, NaN included), null tests, {@code AND} and {@code OR}, and two
 * of them cancel.
 */
public final class BooleanSimplification implements ExpressionRule {
    @Override
    public Optional<Expression> rewrite(Expression expression, RuleContext context) {
        if (expression instanceof And and) {
            return simplifyAnd(and.left(), and.right());
        }
        if (expression instanceof Or or) {
            return simplifyOr(or.left(), or.right());
        }
        if (expression instanceof Not not) {
            return simplifyNot(not.child());
        }
        return Optional.empty();
    }

    private static Optional<Expression> simplifyAnd(Expression left, Expression right) {
        if (Literal.TRUE.equals(left)) {
            return Optional.of(right);
        }
        if (Literal.TRUE.equals(right)) {
            return Optional.of(left);
        }
        if (Literal.FALSE.equals(left) || Literal.FALSE.equals(right)) {
            return Optional.of(Literal.FALSE);
        }
        if (semanticEquals(left, right)) {
            return Optional.of(left);
        }
        if (complementary(left, right)) {
            return Optional.of(Literal.FALSE);
        }
        return factor(left, right, true);
    }

    private static Optional<Expression> simplifyOr(Expression left, Expression right) {
        if (Literal.FALSE.equals(left)) {
            return Optional.of(right);
        }
        if (Literal.FALSE.equals(right)) {
            return Optional.of(left);
        }
        if (Literal.TRUE.equals(left) || Literal.TRUE.equals(right)) {
            return Optional.of(Literal.TRUE);
        }
        if (semanticEquals(left, right)) {
            return Optional.of(left);
        }
        if (complementary(left, right)) {
            return Optional.of(Literal.TRUE);
        }
        return factor(left, right, false);
    }

    /** {@code x} and {@code NOT x}, either way round, for a non-null {@code x}. */
    private static boolean complementary(Expression a, Expression b) {
        return (b instanceof Not not && !a.nullable() && semanticEquals(a, not.child()))
                || (a instanceof Not not2 && !b.nullable() && semanticEquals(b, not2.child()));
    }

    /**
     * {@code (a AND b) OR (a AND c)} as {@code a AND (b OR c)}, and {@code (a OR b) AND (a OR c)} as
     * {@code a OR (b AND c)}; {@code (a AND b) OR a} as {@code a}. {@code outerAnd} says which of the two.
     */
    private static Optional<Expression> factor(Expression left, Expression right, boolean outerAnd) {
        if (!left.deterministic() || !right.deterministic()) {
            return Optional.empty();
        }
        List<Expression> lhs = outerAnd ? Predicates.disjuncts(left) : Predicates.conjuncts(left);
        List<Expression> rhs = outerAnd ? Predicates.disjuncts(right) : Predicates.conjuncts(right);
        List<Expression> common = lhs.stream()
                .filter(e -> Attributes.containsSemantically(rhs, e))
                .toList();
        if (common.isEmpty()) {
            return Optional.empty();
        }
        List<Expression> leftRest = lhs.stream()
                .filter(e -> !Attributes.containsSemantically(common, e))
                .toList();
        List<Expression> rightRest = rhs.stream()
                .filter(e -> !Attributes.containsSemantically(common, e))
                .toList();
        Expression shared = (outerAnd ? Predicates.or(common) : Predicates.and(common)).orElseThrow();
        if (leftRest.isEmpty() || rightRest.isEmpty()) {
            return Optional.of(shared);
        }
        Expression rest = outerAnd
                ? new And(
                        Predicates.or(leftRest).orElseThrow(),
                        Predicates.or(rightRest).orElseThrow())
                : new Or(
                        Predicates.and(leftRest).orElseThrow(),
                        Predicates.and(rightRest).orElseThrow());
        return Optional.of(outerAnd ? new Or(shared, rest) : new And(shared, rest));
    }

    private static Optional<Expression> simplifyNot(Expression child) {
        if (Literal.TRUE.equals(child)) {
            return Optional.of(Literal.FALSE);
        }
        if (Literal.FALSE.equals(child)) {
            return Optional.of(Literal.TRUE);
        }
        if (child instanceof Not not) {
            return Optional.of(not.child());
        }
        if (child instanceof GreaterThan c) {
            return Optional.of(new LessThanOrEqual(c.left(), c.right()));
        }
        if (child instanceof GreaterThanOrEqual c) {
            return Optional.of(new LessThan(c.left(), c.right()));
        }
        if (child instanceof LessThan c) {
            return Optional.of(new GreaterThanOrEqual(c.left(), c.right()));
        }
        if (child instanceof LessThanOrEqual c) {
            return Optional.of(new GreaterThan(c.left(), c.right()));
        }
        if (child instanceof IsNull isNull) {
            return Optional.of(new IsNotNull(isNull.child()));
        }
        if (child instanceof IsNotNull isNotNull) {
            return Optional.of(new IsNull(isNotNull.child()));
        }
        if (child instanceof Or or) {
            return Optional.of(new And(new Not(or.left()), new Not(or.right())));
        }
        if (child instanceof And and) {
            return Optional.of(new Or(new Not(and.left()), new Not(and.right())));
        }
        return Optional.empty();
    }
}
