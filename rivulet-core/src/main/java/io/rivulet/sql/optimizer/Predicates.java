package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.And;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.Or;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Conditions as lists of conjuncts and back, as Spark's {@code PredicateHelper}. */
final class Predicates {
    private Predicates() {}

    /** {@code a AND (b AND c)} as {@code [a, b, c]}, in order. */
    static List<Expression> conjuncts(Expression condition) {
        List<Expression> conjuncts = new ArrayList<>();
        splitInto(condition, conjuncts, true);
        return conjuncts;
    }

    /** {@code a OR (b OR c)} as {@code [a, b, c]}, in order. */
    static List<Expression> disjuncts(Expression condition) {
        List<Expression> disjuncts = new ArrayList<>();
        splitInto(condition, disjuncts, false);
        return disjuncts;
    }

    private static void splitInto(Expression condition, List<Expression> into, boolean conjunction) {
        if (conjunction && condition instanceof And and) {
            splitInto(and.left(), into, true);
            splitInto(and.right(), into, true);
        } else if (!conjunction && condition instanceof Or or) {
            splitInto(or.left(), into, false);
            splitInto(or.right(), into, false);
        } else {
            into.add(condition);
        }
    }

    /** {@code left AND right}. */
    static Expression and(Expression left, Expression right) {
        return new And(left, right);
    }

    /** The conjunction of {@code conjuncts}, left to right ({@code ((a AND b) AND c)}), or empty when there are none. */
    static Optional<Expression> and(List<Expression> conjuncts) {
        return conjuncts.stream().reduce(And::new);
    }

    /** The conjunction of {@code conjuncts}, {@code true} when there are none. */
    static Expression andOrTrue(List<Expression> conjuncts) {
        return and(conjuncts).orElse(Literal.TRUE);
    }

    /** The disjunction of {@code disjuncts}, or empty when there are none. */
    static Optional<Expression> or(List<Expression> disjuncts) {
        return disjuncts.stream().reduce(Or::new);
    }

    /** The conjuncts of {@code first} then those of {@code second} not semantically in {@code first}. */
    static List<Expression> union(List<Expression> first, List<Expression> second) {
        List<Expression> all = new ArrayList<>(first);
        for (Expression conjunct : second) {
            if (!Attributes.containsSemantically(all, conjunct)) {
                all.add(conjunct);
            }
        }
        return all;
    }
}
