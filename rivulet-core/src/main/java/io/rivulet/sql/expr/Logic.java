package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.BooleanVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.Optional;

/**
 * The kernels of {@link And} and {@link Or}, in SQL's three-valued logic: {@code false AND null} is false, {@code
 * true AND null} null; {@code true OR null} true, {@code false OR null} null. The right side is evaluated over the
 * rows the left does not decide (all of them when it cannot raise, see {@link Selection}); when the left decides
 * every row, not at all.
 */
final class Logic {
    private Logic() {}

    static Optional<String> check(Expression node, Expression left, Expression right) {
        for (int i = 0; i < 2; i++) {
            Expression side = i == 0 ? left : right;
            if (!side.dataType().equals(DataTypes.BooleanType)) {
                return TypeChecks.unexpectedInput(node, i, "\"BOOLEAN\"", side);
            }
        }
        return Optional.empty();
    }

    static ColumnVector eval(boolean and, Expression left, Expression right, ColumnBatch batch, EvalContext context) {
        int n = batch.numRows();
        BooleanVector l = (BooleanVector) left.eval(batch, context);
        boolean[] a = l.values();
        boolean[] la = l.nulls();
        boolean[] undecided = new boolean[n];
        int open = 0;
        for (int i = 0; i < n; i++) {
            // AND is decided by a false, OR by a true; null rows hold false
            boolean decided = and ? !a[i] && !Vectors.isNull(la, i) : a[i];
            undecided[i] = !decided;
            open += decided ? 0 : 1;
        }
        if (open == 0) {
            return l;
        }
        BooleanVector r = (BooleanVector) Selection.evalOn(right, batch, context, undecided);
        boolean[] b = r.values();
        boolean[] lb = r.nulls();
        boolean[] out = new boolean[n];
        boolean[] nulls = null;
        for (int i = 0; i < n; i++) {
            boolean leftNull = Vectors.isNull(la, i);
            boolean rightNull = undecided[i] && Vectors.isNull(lb, i);
            boolean x = a[i];
            boolean y = undecided[i] && b[i];
            if (and) {
                boolean leftFalse = !x && !leftNull;
                boolean rightFalse = undecided[i] && !y && !rightNull;
                out[i] = x && y;
                if (!leftFalse && !rightFalse && (leftNull || rightNull)) {
                    nulls = nulls == null ? new boolean[n] : nulls;
                    nulls[i] = true;
                }
            } else {
                out[i] = x || y;
                if (!out[i] && (leftNull || rightNull)) {
                    nulls = nulls == null ? new boolean[n] : nulls;
                    nulls[i] = true;
                }
            }
        }
        return Vectors.ofBooleans(n, out, nulls);
    }
}
