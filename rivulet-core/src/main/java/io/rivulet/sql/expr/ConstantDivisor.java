package io.rivulet.sql.expr;

import io.rivulet.sql.types.ByteType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.IntegerType;
import io.rivulet.sql.types.LongType;
import io.rivulet.sql.types.ShortType;
import io.rivulet.sql.vector.ColumnVector;
import java.util.Optional;

/**
 * Integral {@code div}, {@code %} and {@code pmod} by a literal: a hardware division costs 20 to 40 cycles a row and
 * the JIT cannot strength-reduce a divisor that only becomes constant at run time, so the divisor's magic number
 * (Granlund and Montgomery, as in Hacker's Delight, 10-1) turns each quotient into a multiply-high and two shifts,
 * about five times faster. Generated keys ({@code pmod(hash(id), n)}) and bucketing ({@code id % 10}) divide by
 * literals in nearly every query.
 *
 * <p>Only for divisors with {@code 2 <= |d|} other than {@code Long.MIN_VALUE}; the others (0 with its error, 1 and
 * -1 with their overflow) take the general kernel.
 */
final class ConstantDivisor {
    private final long divisor;
    private final long magic;
    private final int shift;

    private ConstantDivisor(long divisor) {
        this.divisor = divisor;
        long absolute = Math.abs(divisor);
        long twoTo63 = Long.MIN_VALUE; // 2^63, read as unsigned
        long t = twoTo63 + (divisor >>> 63);
        long anc = t - 1 - Long.remainderUnsigned(t, absolute);
        int p = 63;
        long q1 = Long.divideUnsigned(twoTo63, anc);
        long r1 = twoTo63 - q1 * anc;
        long q2 = Long.divideUnsigned(twoTo63, absolute);
        long r2 = twoTo63 - q2 * absolute;
        long delta;
        do {
            p++;
            q1 <<= 1;
            r1 <<= 1;
            if (Long.compareUnsigned(r1, anc) >= 0) {
                q1++;
                r1 -= anc;
            }
            q2 <<= 1;
            r2 <<= 1;
            if (Long.compareUnsigned(r2, absolute) >= 0) {
                q2++;
                r2 -= absolute;
            }
            delta = absolute - r2;
        } while (Long.compareUnsigned(q1, delta) < 0 || (q1 == delta && r1 == 0));
        long m = q2 + 1;
        this.magic = divisor < 0 ? -m : m;
        this.shift = p - 64;
    }

    /** The kernel for {@code node} when its divisor is a literal it applies to. */
    static Optional<ConstantDivisor> of(BinaryArithmetic node) {
        if (!node.op().dividesBy()
                || node.op() == ArithmeticOp.DIVIDE
                || !(node.right() instanceof Literal literal)
                || !(literal.value() instanceof Number number)
                || !integral(node.left().dataType())
                || !integral(literal.dataType())) {
            return Optional.empty();
        }
        long d = number.longValue();
        if (d == Long.MIN_VALUE || Math.abs(d) < 2) {
            return Optional.empty();
        }
        return Optional.of(new ConstantDivisor(d));
    }

    private static boolean integral(DataType type) {
        return type instanceof LongType
                || type instanceof IntegerType
                || type instanceof ShortType
                || type instanceof ByteType;
    }

    long quotient(long x) {
        long q = Math.multiplyHigh(magic, x);
        if (divisor > 0 && magic < 0) {
            q += x;
        } else if (divisor < 0 && magic > 0) {
            q -= x;
        }
        q >>= shift;
        return q + (q >>> 63);
    }

    /** {@code node} over {@code left}, the dividend; the quotient of a non-literal divisor never overflows here. */
    ColumnVector eval(BinaryArithmetic node, ColumnVector left, int n) {
        long[] a = Vectors.longs(left);
        long[] out = new long[n];
        long d = divisor;
        switch (node.op()) {
            case INTEGRAL_DIVIDE -> {
                for (int i = 0; i < n; i++) {
                    out[i] = quotient(a[i]);
                }
                return Vectors.ofLongs(DataTypes.LongType, n, out, left.nulls());
            }
            case REMAINDER -> {
                for (int i = 0; i < n; i++) {
                    long x = a[i];
                    out[i] = x - quotient(x) * d;
                }
            }
            default -> {
                // pmod is Spark's (r + d) % d for a negative r: r + d for a positive divisor; for a negative one
                // the sum can wrap around, and Spark keeps what the wrapped sum gives
                for (int i = 0; i < n; i++) {
                    long x = a[i];
                    long r = x - quotient(x) * d;
                    if (r < 0) {
                        long lifted = r + d;
                        r = d > 0 ? lifted : lifted - quotient(lifted) * d;
                    }
                    out[i] = r;
                }
            }
        }
        return Vectors.ofLongs(left.type(), n, out, left.nulls());
    }
}
