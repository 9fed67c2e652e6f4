package io.rivulet.sql.execution;

import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Generator;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.BooleanVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.LongVector;
import java.util.List;

/** Small expressions for the operator tests, until the expression nodes of the {@code expr} branch are in. */
final class TestExpressions {
    private TestExpressions() {}

    /** {@code child > value} over a long column: null when the child is. */
    record GreaterThan(Expression child, long value) implements Expression {
        @Override
        public List<Expression> children() {
            return List.of(child);
        }

        @Override
        public Expression withNewChildren(List<Expression> children) {
            return new GreaterThan(children.get(0), value);
        }

        @Override
        public DataType dataType() {
            return DataTypes.BooleanType;
        }

        @Override
        public boolean nullable() {
            return true;
        }

        @Override
        public ColumnVector eval(ColumnBatch batch, EvalContext context) {
            LongVector input = (LongVector) child.eval(batch, context);
            int rows = batch.numRows();
            boolean[] out = new boolean[rows];
            for (int i = 0; i < rows; i++) {
                out[i] = !input.isNull(i) && input.getLong(i) > value;
            }
            return new BooleanVector(DataTypes.BooleanType, rows, out, copy(input.nulls(), rows));
        }

        @Override
        public String sql() {
            return "(" + child.sql() + " > " + value + ")";
        }

        @Override
        public String toString() {
            return "(" + child + " > " + value + ")";
        }
    }

    /** {@code child * factor} over a long column. */
    record Times(Expression child, long factor) implements Expression {
        @Override
        public List<Expression> children() {
            return List.of(child);
        }

        @Override
        public Expression withNewChildren(List<Expression> children) {
            return new Times(children.get(0), factor);
        }

        @Override
        public DataType dataType() {
            return DataTypes.LongType;
        }

        @Override
        public boolean nullable() {
            return child.nullable();
        }

        @Override
        public ColumnVector eval(ColumnBatch batch, EvalContext context) {
            LongVector input = (LongVector) child.eval(batch, context);
            int rows = batch.numRows();
            long[] out = new long[rows];
            for (int i = 0; i < rows; i++) {
                out[i] = input.getLong(i) * factor;
            }
            return new LongVector(DataTypes.LongType, rows, out, copy(input.nulls(), rows));
        }

        @Override
        public String sql() {
            return "(" + child.sql() + " * " + factor + ")";
        }

        @Override
        public String toString() {
            return "(" + child + " * " + factor + ")";
        }
    }

    /** Makes {@code n mod 4} rows (column {@code x}: 0, 1, ...) of each row whose long {@code n} is not null. */
    record Repeat(Expression child) implements Generator {
        @Override
        public List<Expression> children() {
            return List.of(child);
        }

        @Override
        public Expression withNewChildren(List<Expression> children) {
            return new Repeat(children.get(0));
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
            return new StructType().add("x", DataTypes.LongType, true);
        }

        @Override
        public Generated generate(ColumnBatch input, boolean outer, EvalContext context) {
            LongVector n = (LongVector) child.eval(input, context);
            LongVector.Builder values = LongVector.builder(DataTypes.LongType, input.numRows());
            int[] parents = new int[input.numRows() * 4 + 1];
            int count = 0;
            for (int r = 0; r < input.numRows(); r++) {
                int copies = n.isNull(r) ? 0 : (int) Math.floorMod(n.getLong(r), 4L);
                for (int c = 0; c < copies; c++) {
                    values.append(c);
                    parents[count++] = r;
                }
                if (copies == 0 && outer) {
                    values.appendNull();
                    parents[count++] = r;
                }
            }
            return new Generated(ColumnBatch.of(values.build()), java.util.Arrays.copyOf(parents, count));
        }

        @Override
        public String sql() {
            return "repeat(" + child.sql() + ")";
        }
    }

    private static boolean[] copy(boolean[] nulls, int rows) {
        return nulls == null ? null : java.util.Arrays.copyOf(nulls, rows);
    }
}
