package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.GreaterThan;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.Sum;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.SetOperation;
import io.rivulet.sql.plan.Union;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replaces {@code EXCEPT ALL} as Spark's {@code RewriteExceptAll}: the left rows tagged 1 and the right ones -1,
 * unioned, summed per distinct row (nulls equal, as grouping treats them), and each row with a positive sum
 * replicated that many times, so a row the left has three times and the right once comes out twice.
 */
public final class RewriteExceptAll implements Rule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (!(plan instanceof SetOperation operation)
                || operation.kind() != SetOperation.Kind.EXCEPT
                || !operation.all()) {
            return Optional.empty();
        }
        Alias leftTag = Alias.of(Literal.of(1L), "vcol");
        Alias rightTag = Alias.of(Literal.of(-1L), "vcol");
        LogicalPlan union = new Union(
                List.of(
                        SetOperations.tagged(operation.left(), List.of(leftTag), false),
                        SetOperations.tagged(operation.right(), List.of(rightTag), false)),
                false,
                false);
        List<AttributeReference> columns = operation.left().output();
        AttributeReference tag = union.output().get(columns.size());
        Alias sum = Alias.of(new Sum(tag), "sum");
        List<NamedExpression> aggregates = new ArrayList<>(columns);
        aggregates.add(sum);
        LogicalPlan counted = new Aggregate(List.<Expression>copyOf(columns), aggregates, union);
        LogicalPlan positive = new Filter(new GreaterThan(sum.toAttribute(), Literal.of(0L)), counted);
        return Optional.of(SetOperations.replicated(operation, positive, sum.toAttribute()));
    }
}
