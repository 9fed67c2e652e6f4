package io.rivulet.rdd;

import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.function.DoubleBinaryOperator;
import java.util.function.IntBinaryOperator;
import java.util.function.LongBinaryOperator;

/**
 * A {@code reduceByKey} function recognized as a JDK method on primitives ({@code Long::sum},
 * {@code Integer::sum}, {@code Double::sum}, their {@code max} and {@code min}, {@code Math::max} and
 * {@code Math::min}), so that combining can add into a mutable cell per key instead of boxing a new
 * {@code Long} for every record. The answers are the same: the same JDK method runs on the same values.
 *
 * <p>Why: measured on the word count and the bench's reduce-by-key, combining through {@code Long::sum}
 * allocated a {@code Long} per record and stored it into the map's table, which sits in the old generation
 * once it is large, so every store also paid the collector's write barrier; a {@code HashMap} adding into
 * {@code long[]} cells ran the same combine in half the time. Recognition reads the method reference's
 * {@link SerializedLambda} (Rivulet's functions are {@code Serializable}); anything else, lambdas
 * included, is combined as written.
 */
public abstract sealed class PrimitiveReduce {
    /** A new key's cell, holding its first value (or a combiner from another map task: the same type). */
    public abstract Object newCell(Object value);

    /** Merges a value (or a combiner) into a cell. */
    public abstract void merge(Object cell, Object value);

    /** The boxed value a cell stands for. */
    public abstract Object value(Object cell);

    /** The primitive reduce that {@code fn} is, or null when it is not one of the recognized methods. */
    public static PrimitiveReduce of(Object fn) {
        SerializedLambda lambda = serializedForm(fn);
        if (lambda == null
                || lambda.getCapturedArgCount() != 0
                || lambda.getImplMethodKind() != MethodHandleInfo.REF_invokeStatic) {
            return null;
        }
        String owner = lambda.getImplClass();
        String name = lambda.getImplMethodName();
        boolean sumMaxMin = name.equals("sum") || name.equals("max") || name.equals("min");
        boolean maxMin = name.equals("max") || name.equals("min");
        String signature = lambda.getImplMethodSignature();
        String instantiated = lambda.getInstantiatedMethodType();
        if (signature.equals("(JJ)J")
                && instantiated.equals("(Ljava/lang/Long;Ljava/lang/Long;)Ljava/lang/Long;")
                && ((owner.equals("java/lang/Long") && sumMaxMin) || (owner.equals("java/lang/Math") && maxMin))) {
            return new Longs(name.equals("sum") ? Long::sum : name.equals("max") ? Math::max : Math::min);
        }
        if (signature.equals("(II)I")
                && instantiated.equals("(Ljava/lang/Integer;Ljava/lang/Integer;)Ljava/lang/Integer;")
                && ((owner.equals("java/lang/Integer") && sumMaxMin) || (owner.equals("java/lang/Math") && maxMin))) {
            return new Ints(name.equals("sum") ? Integer::sum : name.equals("max") ? Math::max : Math::min);
        }
        if (signature.equals("(DD)D")
                && instantiated.equals("(Ljava/lang/Double;Ljava/lang/Double;)Ljava/lang/Double;")
                && ((owner.equals("java/lang/Double") && sumMaxMin) || (owner.equals("java/lang/Math") && maxMin))) {
            return new Doubles(name.equals("sum") ? Double::sum : name.equals("max") ? Math::max : Math::min);
        }
        return null;
    }

    private static SerializedLambda serializedForm(Object fn) {
        if (!fn.getClass().isSynthetic() && !fn.getClass().isHidden()) {
            return null;
        }
        try {
            Method writeReplace = fn.getClass().getDeclaredMethod("writeReplace");
            writeReplace.setAccessible(true);
            return writeReplace.invoke(fn) instanceof SerializedLambda lambda ? lambda : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // not a serializable lambda, or not ours to look into: combine it as written
        }
    }

    /** A key's running {@code long}. */
    static final class LongCell {
        long value;

        LongCell(long value) {
            this.value = value;
        }
    }

    static final class IntCell {
        int value;

        IntCell(int value) {
            this.value = value;
        }
    }

    static final class DoubleCell {
        double value;

        DoubleCell(double value) {
            this.value = value;
        }
    }

    private static final class Longs extends PrimitiveReduce {
        private final LongBinaryOperator op;

        Longs(LongBinaryOperator op) {
            this.op = op;
        }

        @Override
        public Object newCell(Object value) {
            return new LongCell((Long) value);
        }

        @Override
        public void merge(Object cell, Object value) {
            LongCell longCell = (LongCell) cell;
            longCell.value = op.applyAsLong(longCell.value, (Long) value);
        }

        @Override
        public Object value(Object cell) {
            return ((LongCell) cell).value;
        }
    }

    private static final class Ints extends PrimitiveReduce {
        private final IntBinaryOperator op;

        Ints(IntBinaryOperator op) {
            this.op = op;
        }

        @Override
        public Object newCell(Object value) {
            return new IntCell((Integer) value);
        }

        @Override
        public void merge(Object cell, Object value) {
            IntCell intCell = (IntCell) cell;
            intCell.value = op.applyAsInt(intCell.value, (Integer) value);
        }

        @Override
        public Object value(Object cell) {
            return ((IntCell) cell).value;
        }
    }

    private static final class Doubles extends PrimitiveReduce {
        private final DoubleBinaryOperator op;

        Doubles(DoubleBinaryOperator op) {
            this.op = op;
        }

        @Override
        public Object newCell(Object value) {
            return new DoubleCell((Double) value);
        }

        @Override
        public void merge(Object cell, Object value) {
            DoubleCell doubleCell = (DoubleCell) cell;
            doubleCell.value = op.applyAsDouble(doubleCell.value, (Double) value);
        }

        @Override
        public Object value(Object cell) {
            return ((DoubleCell) cell).value;
        }
    }
}
