package io.rivulet.rdd;

import io.rivulet.task.TaskContext;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** The numbers {@code start, start + step, ...} up to {@code end} (exclusive), generated, never stored. */
public final class RangeRDD extends BaseRDD<Long> {
    private final long start;
    private final long step;
    private final long count;
    private final int numSlices;

    public RangeRDD(RddServices services, long start, long end, long step, int numSlices) {
        super(services, "range", List.of());
        if (step == 0) {
            throw new IllegalArgumentException("step must not be 0");
        }
        if (numSlices <= 0) {
            throw new IllegalArgumentException("numSlices must be positive: " + numSlices);
        }
        this.start = start;
        this.step = step;
        this.numSlices = numSlices;
        BigInteger span = BigInteger.valueOf(end).subtract(BigInteger.valueOf(start));
        BigInteger bigStep = BigInteger.valueOf(step);
        BigInteger[] quotient = span.divideAndRemainder(bigStep);
        // ceil(span / step), but only when step points from start towards end: the division truncates
        // towards zero, so a start past end by less than one step would otherwise round up to one element.
        BigInteger elements = span.signum() != bigStep.signum()
                ? BigInteger.ZERO
                : quotient[0].add(quotient[1].signum() == 0 ? BigInteger.ZERO : BigInteger.ONE);
        if (elements.signum() <= 0) {
            this.count = 0;
        } else if (elements.bitLength() > 63) {
            throw new IllegalArgumentException("range has more than Long.MAX_VALUE elements");
        } else {
            this.count = elements.longValue();
        }
    }

    public long start() {
        return start;
    }

    public long step() {
        return step;
    }

    /** How many numbers the range has. */
    public long count() {
        return count;
    }

    public int numSlices() {
        return numSlices;
    }

    @Override
    protected Partition[] computePartitions() {
        Partition[] partitions = new Partition[numSlices];
        BigInteger total = BigInteger.valueOf(count);
        BigInteger slices = BigInteger.valueOf(numSlices);
        for (int i = 0; i < numSlices; i++) {
            long first = total.multiply(BigInteger.valueOf(i)).divide(slices).longValue();
            long last =
                    total.multiply(BigInteger.valueOf(i + 1L)).divide(slices).longValue();
            partitions[i] = new Slice(i, first, last);
        }
        return partitions;
    }

    @Override
    public Iterator<Long> compute(Partition split, TaskContext context) {
        Slice slice = (Slice) split;
        return context.readIterator(new Iterator<>() {
            private long index = slice.first;

            @Override
            public boolean hasNext() {
                return index < slice.end;
            }

            @Override
            public Long next() {
                if (index >= slice.end) {
                    throw new NoSuchElementException();
                }
                return start + step * index++;
            }
        });
    }

    private record Slice(int index, long first, long end) implements Partition {}
}
