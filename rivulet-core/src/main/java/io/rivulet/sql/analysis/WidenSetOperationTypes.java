package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Cast;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.SetOperation;
import io.rivulet.sql.plan.Union;
import io.rivulet.sql.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The columns of a union, intersect or except meet at their wider types ({@link TypeWidening#widerType}), as
 * Spark's {@code WidenSetOperationTypes}: a child whose column has another type gets a projection casting it, under
 * the column's own name ({@code cast(d#7 as bigint) AS d#41}); children already of the wider types are left alone.
 * Waits for resolved children with the same number of columns; columns that cannot meet are left for the check phase
 * ({@code [INCOMPATIBLE_COLUMN_TYPE]}).
 */
final class WidenSetOperationTypes implements AnalyzerRule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan node, AnalysisContext context) {
        if (!(node instanceof Union || node instanceof SetOperation)
                || (node instanceof Union union && union.byName())
                || !Plans.childrenResolved(node)) {
            return Optional.empty();
        }
        List<LogicalPlan> children = node.children();
        int columns = children.get(0).output().size();
        for (LogicalPlan child : children) {
            if (child.output().size() != columns) {
                return Optional.empty();
            }
        }
        List<DataType> widened = new ArrayList<>(columns);
        for (int i = 0; i < columns; i++) {
            List<DataType> types = new ArrayList<>();
            for (LogicalPlan child : children) {
                types.add(child.output().get(i).dataType());
            }
            Optional<DataType> wider = TypeWidening.widerCommonType(types);
            if (wider.isEmpty()) {
                return Optional.empty();
            }
            widened.add(wider.get());
        }
        List<LogicalPlan> cast = new ArrayList<>(children.size());
        boolean changed = false;
        for (LogicalPlan child : children) {
            LogicalPlan after = castTo(child, widened, context);
            changed |= after != child;
            cast.add(after);
        }
        return changed ? Optional.of(node.withNewChildren(cast)) : Optional.empty();
    }

    private static LogicalPlan castTo(LogicalPlan child, List<DataType> types, AnalysisContext context) {
        List<AttributeReference> output = child.output();
        List<NamedExpression> list = new ArrayList<>(output.size());
        boolean needed = false;
        for (int i = 0; i < output.size(); i++) {
            AttributeReference column = output.get(i);
            if (column.dataType().equals(types.get(i))) {
                list.add(column);
            } else {
                list.add(Alias.of(new Cast(column, types.get(i), context.evalMode()), column.name()));
                needed = true;
            }
        }
        return needed ? new Project(list, child) : child;
    }
}
