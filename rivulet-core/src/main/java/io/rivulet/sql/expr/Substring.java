package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.BinaryType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;

/**
 * {@code substring(str, pos, len)} (also {@code substr}, named as called) of a string (characters) or binary
 * (bytes), as Spark's {@code substringSQL}: {@code pos} is 1-based, 0 acts as 1, a negative {@code pos} counts from
 * the end; {@code len} defaults to {@link Integer#MAX_VALUE}; an empty result for a window before the start.
 */
public record Substring(Expression str, Expression pos, Expression len, String name) implements ImplicitCastInputTypes {
    public Substring {
        requireNonNull(str, "str is null");
        requireNonNull(pos, "pos is null");
        requireNonNull(len, "len is null");
        requireNonNull(name, "name is null");
    }

    public Substring(Expression str, Expression pos, Expression len) {
        this(str, pos, len, "substring");
    }

    @Override
    public List<ExpectedType> inputTypes() {
        return List.of(ExpectedType.STRING_OR_BINARY, ExpectedType.INT, ExpectedType.INT);
    }

    @Override
    public List<Expression> children() {
        return List.of(str, pos, len);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new Substring(children.get(0), children.get(1), children.get(2), name);
    }

    @Override
    public DataType dataType() {
        return str.dataType();
    }

    @Override
    public boolean nullable() {
        return str.nullable() || pos.nullable() || len.nullable();
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        BytesVector s = (BytesVector) str.eval(batch, context);
        ColumnVector p = pos.eval(batch, context);
        ColumnVector l = len.eval(batch, context);
        int n = s.size();
        long[] ps = Vectors.longs(p);
        long[] ls = Vectors.longs(l);
        boolean binary = s.type() instanceof BinaryType;
        BytesVector.Builder out = BytesVector.builder(s.type(), n);
        byte[] bytes = s.bytes();
        for (int i = 0; i < n; i++) {
            if (s.isNull(i) || p.isNull(i) || l.isNull(i)) {
                out.appendNull();
                continue;
            }
            int offset = s.offset(i);
            int length = s.length(i);
            boolean ascii = binary || StringKernels.isAscii(bytes, offset, length);
            int chars = ascii ? length : StringKernels.numChars(bytes, offset, length);
            long[] window = window(chars, (int) ps[i], (int) ls[i]);
            if (window == null) {
                out.append(bytes, offset, 0);
                continue;
            }
            int from = (int) window[0];
            int to = (int) window[1];
            if (ascii) {
                out.append(bytes, offset + from, to - from);
            } else {
                int fromByte = StringKernels.byteOfChar(bytes, offset, length, from);
                int toByte = StringKernels.byteOfChar(bytes, offset, length, to);
                out.append(bytes, offset + fromByte, toByte - fromByte);
            }
        }
        return out.build();
    }

    /** The characters {@code [from, to)} of Spark's {@code substringSQL(pos, len)} of {@code chars}, or null. */
    static long[] window(int chars, int pos, int len) {
        long start = pos > 0 ? pos - 1L : pos < 0 ? (long) chars + pos : 0;
        long end = start + len;
        start = Math.max(start, 0);
        end = Math.min(end, chars);
        return start >= end ? null : new long[] {start, end};
    }

    @Override
    public String sql() {
        return SqlText.call(name, children());
    }

    @Override
    public String toString() {
        return SqlText.callPlan(name, children());
    }
}
