package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.NullType;
import io.rivulet.sql.vector.BooleanVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The evaluation of {@link CaseWhen}, {@link If}, {@link Coalesce} and their kin: each branch's value is evaluated
 * over the rows that take it (see {@link Selection}: only those rows when it may raise), and the result is made by
 * picking each row from its branch's vector. A branch that every row takes is returned as it is.
 */
final class Conditionals {
    private Conditionals() {}

    /** The result type of branches of one type (a null literal's void type gives way to the others). */
    static DataType commonType(List<Expression> values) {
        for (Expression value : values) {
            if (!(value.dataType() instanceof NullType)) {
                return value.dataType();
            }
        }
        return values.get(0).dataType();
    }

    /** The check that branch values share one type (void literals aside). */
    static Optional<String> sameTypes(Expression node, String function, List<Expression> values) {
        List<Expression> typed =
                values.stream().filter(v -> !(v.dataType() instanceof NullType)).toList();
        return TypeChecks.allSameType(node, function, typed);
    }

    /** CASE WHEN conditions[k] THEN values[k] ... ELSE elseValue (null: no ELSE) END. */
    static ColumnVector caseWhen(
            List<Expression> conditions,
            List<Expression> values,
            Expression elseValue,
            DataType type,
            ColumnBatch batch,
            EvalContext context) {
        int n = batch.numRows();
        boolean[] remaining = new boolean[n];
        Arrays.fill(remaining, true);
        int[] branch = new int[n];
        Arrays.fill(branch, -1);
        ColumnVector[] chosen = new ColumnVector[values.size() + 1];
        int open = n;
        for (int k = 0; k < conditions.size() && open > 0; k++) {
            BooleanVector condition = (BooleanVector) Selection.evalOn(conditions.get(k), batch, context, remaining);
            boolean[] take = new boolean[n];
            int taken = 0;
            for (int i = 0; i < n; i++) {
                if (remaining[i] && condition.getBoolean(i) && !condition.isNull(i)) {
                    take[i] = true;
                    remaining[i] = false;
                    branch[i] = k;
                    taken++;
                }
            }
            if (taken > 0) {
                chosen[k] = Selection.evalOn(values.get(k), batch, context, take);
                open -= taken;
            }
        }
        if (elseValue != null && open > 0) {
            chosen[values.size()] = Selection.evalOn(elseValue, batch, context, remaining);
            for (int i = 0; i < n; i++) {
                if (remaining[i]) {
                    branch[i] = values.size();
                }
            }
        }
        return assemble(type, branch, chosen, n);
    }

    /** Each row from the vector of its branch ({@code -1}: null). */
    static ColumnVector assemble(DataType type, int[] branch, ColumnVector[] chosen, int n) {
        if (n > 0 && branch[0] >= 0) {
            int first = branch[0];
            boolean same = true;
            for (int i = 1; i < n && same; i++) {
                same = branch[i] == first;
            }
            if (same && chosen[first].type().equals(type)) {
                return chosen[first];
            }
        }
        VectorBuilder builder = VectorBuilder.forType(type, n);
        for (int i = 0; i < n; i++) {
            if (branch[i] < 0) {
                builder.appendNull();
            } else {
                builder.appendFrom(chosen[branch[i]], i);
            }
        }
        return builder.build();
    }

    /** The first non-null of the expressions, each evaluated over the rows still null. */
    static ColumnVector coalesce(List<Expression> children, DataType type, ColumnBatch batch, EvalContext context) {
        int n = batch.numRows();
        boolean[] remaining = new boolean[n];
        Arrays.fill(remaining, true);
        int[] branch = new int[n];
        Arrays.fill(branch, -1);
        ColumnVector[] chosen = new ColumnVector[children.size()];
        int open = n;
        for (int k = 0; k < children.size() && open > 0; k++) {
            ColumnVector v = Selection.evalOn(children.get(k), batch, context, remaining);
            chosen[k] = v;
            for (int i = 0; i < n; i++) {
                if (remaining[i] && !v.isNull(i)) {
                    remaining[i] = false;
                    branch[i] = k;
                    open--;
                }
            }
        }
        return assemble(type, branch, chosen, n);
    }

    /** The greatest (or least) non-null value of each row: null only when all are. */
    static ColumnVector extreme(List<Expression> children, boolean greatest, ColumnBatch batch, EvalContext context) {
        int n = batch.numRows();
        ColumnVector[] vectors = new ColumnVector[children.size()];
        for (int k = 0; k < vectors.length; k++) {
            vectors[k] = children.get(k).eval(batch, context);
        }
        int[] best = new int[n];
        Arrays.fill(best, -1);
        for (int k = 0; k < vectors.length; k++) {
            for (int i = 0; i < n; i++) {
                if (vectors[k].isNull(i)) {
                    continue;
                }
                if (best[i] < 0) {
                    best[i] = k;
                    continue;
                }
                ColumnVector current = vectors[best[i]];
                int sign = InternalValues.compare(current.type(), vectors[k].getInternal(i), current.getInternal(i));
                if (greatest ? sign > 0 : sign < 0) {
                    best[i] = k;
                }
            }
        }
        return assemble(commonType(children), best, vectors, n);
    }
}
