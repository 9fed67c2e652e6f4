package io.rivulet.sql.execution.join;

import io.rivulet.sql.execution.Operators;
import io.rivulet.sql.execution.Partitioning;
import io.rivulet.sql.execution.PhysicalPlan;
import io.rivulet.sql.expr.And;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.types.DataType;
import java.util.ArrayList;
import java.util.List;

/** What the join operators share: their output, bindings and the output of one task. */
final class Joins {
    private Joins() {}

    /** Left columns then right ones (left only for semi and anti joins), nullable as the join type makes them. */
    static List<AttributeReference> output(JoinType type, PhysicalPlan left, PhysicalPlan right) {
        List<AttributeReference> output = new ArrayList<>();
        for (AttributeReference attribute : left.output()) {
            output.add(type.nullableLeft() ? attribute.withNullability(true) : attribute);
        }
        if (type.outputsRight()) {
            for (AttributeReference attribute : right.output()) {
                output.add(type.nullableRight() ? attribute.withNullability(true) : attribute);
            }
        }
        return output;
    }

    /** The post-filter bound to the joined columns, left then right. */
    static List<Expression> bindResidual(List<Expression> residual, PhysicalPlan left, PhysicalPlan right) {
        List<AttributeReference> joined = new ArrayList<>(left.output());
        joined.addAll(right.output());
        return Operators.bind(residual, joined);
    }

    static List<DataType> types(PhysicalPlan plan) {
        return plan.output().stream().map(AttributeReference::dataType).toList();
    }

    /** The output of a task where {@code sides} says which side is held. */
    static JoinOutput output(
            JoinSides sides, PhysicalPlan left, PhysicalPlan right, List<Expression> boundResidual, EvalContext eval) {
        List<DataType> streamTypes = types(sides.buildLeft() ? right : left);
        List<DataType> buildTypes = types(sides.buildLeft() ? left : right);
        return new JoinOutput(sides, streamTypes, buildTypes, boundResidual, eval);
    }

    /**
     * A join's partitioning: the left side's where its rows keep their partitions and stay in the output (inner,
     * left outer, semi, anti), the right side's for a right outer join; unknown for a full outer join.
     */
    static Partitioning partitioning(JoinType type, PhysicalPlan left, PhysicalPlan right) {
        return switch (type) {
            case INNER, CROSS, LEFT_OUTER, LEFT_SEMI, LEFT_ANTI -> left.outputPartitioning();
            case RIGHT_OUTER -> right.outputPartitioning();
            case FULL_OUTER ->
                new Partitioning.Unknown(left.outputPartitioning().numPartitions());
        };
    }

    /** {@code [a#1], [b#2], Inner}: a keyed join's keys and type as Spark's node lines show them. */
    static String describeKeyed(JoinType type, List<Expression> leftKeys, List<Expression> rightKeys) {
        return Operators.list(leftKeys) + ", " + Operators.list(rightKeys) + ", " + type;
    }

    /** {@code , (a#1 < b#2)}: the post-filter as one condition, or nothing. */
    static String describeCondition(List<Expression> residual) {
        if (residual.isEmpty()) {
            return "";
        }
        Expression condition = residual.get(0);
        for (int i = 1; i < residual.size(); i++) {
            condition = new And(condition, residual.get(i));
        }
        return ", " + condition;
    }
}
