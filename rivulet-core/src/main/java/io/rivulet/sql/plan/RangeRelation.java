package io.rivulet.sql.plan;

import io.rivulet.sql.expr.AttributeReference;
import java.util.List;

/** {@code rv.rangeDF(start, end, step, numPartitions)}: one non-null long column {@code id}, as Spark's {@code range}. */
public record RangeRelation(long start, long end, long step, int numPartitions, AttributeReference id)
        implements LeafNode {
    public RangeRelation {
        if (step == 0) {
            throw new IllegalArgumentException("step must not be 0");
        }
        if (numPartitions <= 0) {
            throw new IllegalArgumentException("numPartitions must be positive: " + numPartitions);
        }
    }

    /** How many numbers: {@code start}, {@code start + step}, ... while before {@code end}. */
    public long count() {
        if ((step > 0 && start >= end) || (step < 0 && start <= end)) {
            return 0;
        }
        java.math.BigInteger span = java.math.BigInteger.valueOf(end).subtract(java.math.BigInteger.valueOf(start));
        java.math.BigInteger[] division = span.divideAndRemainder(java.math.BigInteger.valueOf(step));
        java.math.BigInteger count =
                division[0].add(division[1].signum() == 0 ? java.math.BigInteger.ZERO : java.math.BigInteger.ONE);
        return count.min(java.math.BigInteger.valueOf(Long.MAX_VALUE)).longValueExact();
    }

    @Override
    public List<AttributeReference> output() {
        return List.of(id);
    }

    @Override
    public Statistics statistics() {
        long rows = count();
        return new Statistics(
                rows > Long.MAX_VALUE / 8 ? Long.MAX_VALUE - 1 : rows * 8, java.util.OptionalLong.of(rows));
    }

    @Override
    public String nodeString() {
        return "Range (" + start + ", " + end + ", step=" + step + ", splits=" + numPartitions + ")";
    }
}
