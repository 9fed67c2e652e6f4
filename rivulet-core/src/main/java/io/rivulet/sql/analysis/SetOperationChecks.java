package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.SetOperation;
import io.rivulet.sql.types.MapType;
import java.util.List;

/**
 * What a union, intersect or except needs, as Spark's {@code CheckAnalysis}: as many columns in every child as in
 * the first ({@code [NUM_COLUMNS_MISMATCH]}), types that met ({@code [INCOMPATIBLE_COLUMN_TYPE]}: the widening rule
 * found none), and no map column for intersect and except (maps cannot be compared).
 */
final class SetOperationChecks {
    private SetOperationChecks() {}

    static void check(LogicalPlan node) {
        String operator = operatorName(node);
        List<LogicalPlan> children = node.children();
        List<AttributeReference> first = children.get(0).output();
        for (int t = 1; t < children.size(); t++) {
            List<AttributeReference> columns = children.get(t).output();
            if (columns.size() != first.size()) {
                throw AnalysisErrors.numColumnsMismatch(operator, first.size(), t, columns.size());
            }
            for (int c = 0; c < columns.size(); c++) {
                if (!columns.get(c)
                        .dataType()
                        .asNullable()
                        .equals(first.get(c).dataType().asNullable())) {
                    throw AnalysisErrors.incompatibleColumnType(
                            operator,
                            c,
                            t,
                            columns.get(c).dataType(),
                            first.get(c).dataType());
                }
            }
        }
        if (node instanceof SetOperation) {
            for (AttributeReference column : first) {
                if (column.dataType() instanceof MapType) {
                    throw AnalysisErrors.error(
                            "UNSUPPORTED_FEATURE.SET_OPERATION_ON_MAP_TYPE",
                            "The feature is not supported: Cannot have MAP type columns in DataFrame which calls set"
                                    + " operations (INTERSECT, EXCEPT, etc.), but the type of column "
                                    + AnalysisErrors.quoteIdentifier(column.name()) + " is "
                                    + AnalysisErrors.toSqlType(column.dataType()) + ".");
                }
            }
        }
    }

    static String operatorName(LogicalPlan node) {
        if (node instanceof SetOperation operation) {
            return operation.kind() == SetOperation.Kind.INTERSECT ? "INTERSECT" : "EXCEPT";
        }
        return "UNION";
    }
}
