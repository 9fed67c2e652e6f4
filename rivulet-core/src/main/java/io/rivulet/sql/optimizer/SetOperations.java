package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.EqualNullSafe;
import io.rivulet.sql.expr.ExprId;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.ReplicateRows;
import io.rivulet.sql.plan.Distinct;
import io.rivulet.sql.plan.Generate;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinHint;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.SetOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The join that {@code INTERSECT} and {@code EXCEPT} (distinct) become: left rows matched by position, nulls equal. */
final class SetOperations {
    private SetOperations() {}

    static LogicalPlan distinctJoin(SetOperation operation, JoinType type) {
        LogicalPlan right = withFreshColumns(operation.right(), Attributes.outputIds(operation.left()));
        List<AttributeReference> left = operation.left().output();
        List<AttributeReference> rightColumns = right.output();
        List<Expression> condition = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            condition.add(new EqualNullSafe(left.get(i), rightColumns.get(i)));
        }
        return new Distinct(
                new Join(operation.left(), right, type, Predicates.and(condition), List.of(), JoinHint.NONE));
    }

    /**
     * {@code plan} with columns of ids of its own when some of its ids are {@code taken} ({@code df.intersect(df)}):
     * the join condition must tell the sides apart.
     */
    static LogicalPlan withFreshColumns(LogicalPlan plan, Set<ExprId> taken) {
        List<AttributeReference> output = plan.output();
        if (output.stream().noneMatch(a -> taken.contains(a.exprId()))) {
            return plan;
        }
        List<NamedExpression> renamed = new ArrayList<>();
        for (AttributeReference column : output) {
            renamed.add(new Alias(column, column.name(), ExprId.next()));
        }
        return new Project(renamed, plan);
    }

    /**
     * Each distinct row of the aggregation {@code counted} as many times as its {@code copies} column says, with
     * the columns of {@code operation}'s output: what {@code EXCEPT ALL} and {@code INTERSECT ALL} end in.
     */
    static LogicalPlan replicated(SetOperation operation, LogicalPlan counted, AttributeReference copies) {
        Generate generate = new Generate(
                new ReplicateRows(copies), false, java.util.Optional.empty(), List.of(), List.of(), counted);
        return new Project(List.copyOf(operation.left().output()), generate);
    }

    /** {@code plan}'s rows with {@code tags} before (or after) its columns. */
    static Project tagged(LogicalPlan plan, List<NamedExpression> tags, boolean tagsFirst) {
        List<NamedExpression> columns = new ArrayList<>();
        if (tagsFirst) {
            columns.addAll(tags);
        }
        columns.addAll(plan.output());
        if (!tagsFirst) {
            columns.addAll(tags);
        }
        return new Project(columns, plan);
    }
}
