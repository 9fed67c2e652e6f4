package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.CaseWhen;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.If;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.Not;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Simplifies conditionals whose conditions are constants, as Spark's {@code SimplifyConditionals}: {@code IF} of a
 * literal condition is one of its branches; {@code IF(c, true, false)} is {@code c} and {@code IF(c, false, true)}
 * {@code NOT c} for a non-null {@code c}; {@code IF} with equal branches is that branch; {@code CASE WHEN} loses
 * its false and null branches (none left: its else value), ends at its first true branch (first: that value), and
 * is its value when every branch and the else give the same.
 */
public final class SimplifyConditionals implements ExpressionRule {
    @Override
    public Optional<Expression> rewrite(Expression expression, RuleContext context) {
        if (expression instanceof If conditional) {
            return simplifyIf(conditional);
        }
        if (expression instanceof CaseWhen caseWhen) {
            return simplifyCase(caseWhen);
        }
        return Optional.empty();
    }

    private static Optional<Expression> simplifyIf(If conditional) {
        Expression predicate = conditional.predicate();
        if (Literal.TRUE.equals(predicate)) {
            return Optional.of(conditional.trueValue());
        }
        if (predicate instanceof Literal) {
            return Optional.of(conditional.falseValue()); // false or null
        }
        if (!predicate.nullable()
                && Literal.TRUE.equals(conditional.trueValue())
                && Literal.FALSE.equals(conditional.falseValue())) {
            return Optional.of(predicate);
        }
        if (!predicate.nullable()
                && Literal.FALSE.equals(conditional.trueValue())
                && Literal.TRUE.equals(conditional.falseValue())) {
            return Optional.of(new Not(predicate));
        }
        if (predicate.deterministic() && Attributes.semanticEquals(conditional.trueValue(), conditional.falseValue())) {
            return Optional.of(conditional.trueValue());
        }
        return Optional.empty();
    }

    private static Optional<Expression> simplifyCase(CaseWhen caseWhen) {
        List<Expression> conditions = new ArrayList<>();
        List<Expression> values = new ArrayList<>();
        Optional<Expression> elseValue = caseWhen.elseValue();
        for (int i = 0; i < caseWhen.conditions().size(); i++) {
            Expression condition = caseWhen.conditions().get(i);
            if (condition instanceof Literal && !Literal.TRUE.equals(condition)) {
                continue; // never taken
            }
            conditions.add(condition);
            values.add(caseWhen.values().get(i));
            if (Literal.TRUE.equals(condition)) {
                elseValue = Optional.empty(); // always taken: the rest never is
                break;
            }
        }
        Expression otherwise = elseValue.orElse(Literal.ofNull(caseWhen.dataType()));
        if (conditions.isEmpty()) {
            return Optional.of(otherwise);
        }
        if (Literal.TRUE.equals(conditions.get(0))) {
            return Optional.of(values.get(0));
        }
        if (Attributes.deterministic(conditions)
                && values.stream().allMatch(v -> Attributes.semanticEquals(v, otherwise))) {
            return Optional.of(otherwise);
        }
        CaseWhen simplified = new CaseWhen(conditions, values, elseValue);
        return simplified.equals(caseWhen) ? Optional.empty() : Optional.of(simplified);
    }
}
