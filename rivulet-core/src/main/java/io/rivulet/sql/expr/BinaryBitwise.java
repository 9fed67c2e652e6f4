package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.Types;
import java.util.List;
import java.util.Optional;

/** {@code a & b}, {@code a | b}, {@code a ^ b} of two integers of one type. */
public record BinaryBitwise(Kind kind, Expression left, Expression right) implements Expression {
    /** The operator. */
    public enum Kind {
        AND("&"),
        OR("|"),
        XOR("^");

        private final String symbol;

        Kind(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    public BinaryBitwise {
        requireNonNull(kind, "kind is null");
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
    }

    @Override
    public List<Expression> children() {
        return List.of(left, right);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new BinaryBitwise(kind, children.get(0), children.get(1));
    }

    @Override
    public DataType dataType() {
        return left.dataType();
    }

    @Override
    public boolean nullable() {
        return left.nullable() || right.nullable();
    }

    @Override
    public Optional<String> checkInputTypes() {
        Optional<String> same = TypeChecks.sameType(this, left, right);
        if (same.isPresent() || Types.isIntegral(left.dataType())) {
            return same;
        }
        return TypeChecks.binaryOpWrongType(this, "\"INTEGRAL\"", left.dataType());
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        ColumnVector l = left.eval(batch, context);
        ColumnVector r = right.eval(batch, context);
        int n = batch.numRows();
        long[] a = Vectors.longs(l);
        long[] b = Vectors.longs(r);
        long[] out = new long[n];
        switch (kind) {
            case AND -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] & b[i];
                }
            }
            case OR -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] | b[i];
                }
            }
            case XOR -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] ^ b[i];
                }
            }
        }
        return Vectors.ofLongs(l.type(), n, out, Vectors.or(l.nulls(), r.nulls(), n));
    }

    @Override
    public String sql() {
        return "(" + left.sql() + " " + kind.symbol() + " " + right.sql() + ")";
    }

    @Override
    public String toString() {
        return "(" + left + " " + kind.symbol() + " " + right + ")";
    }
}
