package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.And;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Count;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.GreaterThan;
import io.rivulet.sql.expr.GreaterThanOrEqual;
import io.rivulet.sql.expr.If;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.SetOperation;
import io.rivulet.sql.plan.Union;
import io.rivulet.sql.types.DataTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replaces {@code INTERSECT ALL} as Spark's {@code RewriteIntersectAll}: the left rows tagged in one column and
 * the right ones in another, unioned, the tags counted per distinct row (nulls equal), the rows both sides have
 * kept, and each replicated as often as the side with fewer copies has it.
 */
public final class RewriteIntersectAll implements Rule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (!(plan instanceof SetOperation operation)
                || operation.kind() != SetOperation.Kind.INTERSECT
                || !operation.all()) {
            return Optional.empty();
        }
        Literal yes = Literal.of(true);
        Literal unknown = Literal.ofNull(DataTypes.BooleanType);
        LogicalPlan union = new Union(
                List.of(
                        SetOperations.tagged(
                                operation.left(), List.of(Alias.of(yes, "vcol1"), Alias.of(unknown, "vcol2")), true),
                        SetOperations.tagged(
                                operation.right(), List.of(Alias.of(unknown, "vcol1"), Alias.of(yes, "vcol2")), true)),
                false,
                false);
        List<AttributeReference> unioned = union.output();
        List<AttributeReference> columns = unioned.subList(2, unioned.size());
        Alias left = Alias.of(new Count(List.of(unioned.get(0)), false), "vcol1_count");
        Alias right = Alias.of(new Count(List.of(unioned.get(1)), false), "vcol2_count");
        List<NamedExpression> aggregates = new ArrayList<>(List.of(left, right));
        aggregates.addAll(columns);
        LogicalPlan counted = new Aggregate(List.<Expression>copyOf(columns), aggregates, union);
        LogicalPlan both = new Filter(
                new And(
                        new GreaterThanOrEqual(left.toAttribute(), Literal.of(1L)),
                        new GreaterThanOrEqual(right.toAttribute(), Literal.of(1L))),
                counted);
        Alias fewer = Alias.of(
                new If(
                        new GreaterThan(left.toAttribute(), right.toAttribute()),
                        right.toAttribute(),
                        left.toAttribute()),
                "min_count");
        List<NamedExpression> withFewer = new ArrayList<>(List.of(fewer));
        withFewer.addAll(columns);
        return Optional.of(SetOperations.replicated(operation, new Project(withFewer, both), fewer.toAttribute()));
    }
}
