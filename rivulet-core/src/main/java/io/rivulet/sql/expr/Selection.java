package io.rivulet.sql.expr;

import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;

/**
 * Evaluation over some rows of a batch, for the conditional nodes: a vector of the whole batch's size whose
 * selected rows hold the expression's values and whose other rows are null. A subtree that cannot raise is
 * evaluated over the whole batch (its values at unselected rows are simply not used); one that may raise ({@link
 * MayRaise}) is evaluated over the selected rows only, gathered into a smaller batch and scattered back.
 */
final class Selection {
    private Selection() {}

    /** Whether some node of {@code expression} may raise an error. */
    static boolean mayRaise(Expression expression) {
        return expression.exists(e -> e instanceof MayRaise m && m.mayRaise());
    }

    /** The number of true entries of {@code selected[0..n)}. */
    static int count(boolean[] selected, int n) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            count += selected[i] ? 1 : 0;
        }
        return count;
    }

    /**
     * {@code expression} at the selected rows of {@code batch}. Unselected rows are null when the subtree had to be
     * evaluated over the selection only; otherwise they hold the expression's values, which callers ignore.
     */
    static ColumnVector evalOn(Expression expression, ColumnBatch batch, EvalContext context, boolean[] selected) {
        int n = batch.numRows();
        int count = count(selected, n);
        if (count == n || (count > 0 && !mayRaise(expression))) {
            return expression.eval(batch, context);
        }
        if (count == 0) {
            return Vectors.allNull(expression.dataType(), n);
        }
        int[] positions = new int[count];
        for (int i = 0, j = 0; i < n; i++) {
            if (selected[i]) {
                positions[j++] = i;
            }
        }
        ColumnVector part = expression.eval(batch.gather(positions, count), context);
        VectorBuilder builder = VectorBuilder.forType(part.type(), n);
        for (int i = 0, j = 0; i < n; i++) {
            if (selected[i]) {
                builder.appendFrom(part, j++);
            } else {
                builder.appendNull();
            }
        }
        return builder.build();
    }
}
