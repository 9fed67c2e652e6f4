package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;

/**
 * {@code replicate_rows(n)}: each input row {@code n} times (none for {@code n <= 0} or null), as the rewrites of
 * {@code EXCEPT ALL} and {@code INTERSECT ALL} use Spark's {@code ReplicateRows}. It generates no columns of its
 * own: the copies are the parent rows, which the generate operator repeats.
 */
public record ReplicateRows(Expression count) implements Generator {
    public ReplicateRows {
        requireNonNull(count, "count is null");
    }

    @Override
    public List<Expression> children() {
        return List.of(count);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new ReplicateRows(children.get(0));
    }

    @Override
    public DataType dataType() {
        return elementSchema();
    }

    @Override
    public boolean nullable() {
        return false;
    }

    @Override
    public StructType elementSchema() {
        return new StructType();
    }

    @Override
    public Generated generate(ColumnBatch input, boolean outer, EvalContext context) {
        ColumnVector counts = count.eval(input, context);
        long[] n = Vectors.longs(counts);
        long total = 0;
        for (int i = 0; i < input.numRows(); i++) {
            total += counts.isNull(i) ? 0 : Math.max(0, n[i]);
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("replicate_rows: " + total + " rows from one batch of " + input.numRows());
        }
        int[] parents = new int[(int) total];
        int next = 0;
        for (int i = 0; i < input.numRows(); i++) {
            for (long copy = counts.isNull(i) ? 0 : n[i]; copy > 0; copy--) {
                parents[next++] = i;
            }
        }
        return new Generated(new ColumnBatch(parents.length, List.of()), parents);
    }

    @Override
    public String sql() {
        return "replicaterows(" + count.sql() + ")";
    }

    @Override
    public String toString() {
        return "replicaterows(" + count + ")";
    }
}
