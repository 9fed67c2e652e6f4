package io.rivulet.sql.execution.join;

import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.vector.BooleanVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;

/** The rows a conjunction of bound predicates keeps: those where every one is true (not false, not null). */
final class Predicates {
    private Predicates() {}

    /** Whether each row of {@code batch} passes every one of {@code conjuncts}. */
    static boolean[] passing(List<Expression> conjuncts, ColumnBatch batch, EvalContext eval) {
        int rows = batch.numRows();
        boolean[] pass = new boolean[rows];
        java.util.Arrays.fill(pass, true);
        for (Expression conjunct : conjuncts) {
            ColumnVector result = conjunct.eval(batch, eval);
            if (!(result instanceof BooleanVector booleans)) {
                throw new IllegalStateException("a join condition gave " + result.type() + ": " + conjunct);
            }
            boolean[] values = booleans.values();
            boolean[] nulls = booleans.nulls();
            for (int i = 0; i < rows; i++) {
                pass[i] &= values[i] && (nulls == null || !nulls[i]);
            }
        }
        return pass;
    }
}
