package io.rivulet.memory;

import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.function.DoubleBinaryOperator;
import java.util.function.IntBinaryOperator;
import java.util.function.LongBinaryOperator;

/**
 * A {@code reduceByKey} function recognized as a JDK method on primitives ({@code Long::sum},
 * {@code Integer::sum}, {@code Double::sum}, their {@code max} and {@code min}, {@code Math::max} and
 * {@code Math::min}), so that combining can keep each key's value as a primitive word in the
 * combining table instead of boxing a new {@code Long} for every record. The answers are the same: the
 * same JDK method runs on the same values.
 *
 * <p>Why: measured on the word count and the bench's reduce-by-key, combining through {@code Long::sum}
 * allocated a {@code Long} per record and stored it into the map's table, which sits in the old generation
 * once it is large, so every store also paid the collector's write barrier; a {@code HashMap} adding into
 * {@code long[]} cells ran the same combine in half the time. Recognition reads the method reference's
 * {@link SerializedLambda} (Rivulet's functions are {@code Serializable}); anything else, lambdas
 * included, is combined as written.
 */
public abstract sealed class PrimitiveReduce {
    /** A key's first value (or a combiner from another map task: the same type) as a 64-bit word. */
    public abstract long bits(Object value);

    /** Merges a value (or a combiner) into a key's word, giving the new word. */
    public abstract long merge(long bits, Object value);

    /** The boxed value a word stands for. */
    public abstract Object value(long bits);

    /** The primitive reduce that {@code fn} is, or null when it is not one of the recognized methods. */
    public static PrimitiveReduce of(Object fn) {
        SerializedLambda lambda = serializedForm(fn);
        if (lambda == null
                || lambda.getCapturedArgCount() != 0
                || lambda.getImplMethodKind() != MethodHandleInfo.REF_invokeStatic) {
            return null;
        }
        String name = lambda.getImplMethodName();
        if (isJdkReduce(lambda, "java/lang/Long", 'J')) {
            return new Longs(byName(name, Long::sum, Math::max, Math::min));
        }
        if (isJdkReduce(lambda, "java/lang/Integer", 'I')) {
            return new Ints(byName(name, Integer::sum, Math::max, Math::min));
        }
        if (isJdkReduce(lambda, "java/lang/Double", 'D')) {
            return new Doubles(byName(name, Double::sum, Math::max, Math::min));
        }
        return null;
    }

    /**
     * Whether {@code lambda} is {@code box}'s {@code sum}, {@code max} or {@code min}, or {@code Math}'s
     * {@code max} or {@code min}, on the primitive whose descriptor is {@code primitive}, used on boxes.
     */
    private static boolean isJdkReduce(SerializedLambda lambda, String box, char primitive) {
        String name = lambda.getImplMethodName();
        boolean maxMin = name.equals("max") || name.equals("min");
        boolean ownerHasIt = lambda.getImplClass().equals(box)
                ? maxMin || name.equals("sum")
                : lambda.getImplClass().equals("java/lang/Math") && maxMin;
        String boxed = "L" + box + ";";
        return ownerHasIt
                && lambda.getImplMethodSignature().equals("(" + primitive + primitive + ")" + primitive)
                && lambda.getInstantiatedMethodType().equals("(" + boxed + boxed + ")" + boxed);
    }

    private static <T> T byName(String name, T sum, T max, T min) {
        return name.equals("sum") ? sum : name.equals("max") ? max : min;
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

    private static final class Longs extends PrimitiveReduce {
        private final LongBinaryOperator op;

        Longs(LongBinaryOperator op) {
            this.op = op;
        }

        @Override
        public long bits(Object value) {
            return (Long) value;
        }

        @Override
        public long merge(long bits, Object value) {
            return op.applyAsLong(bits, (Long) value);
        }

        @Override
        public Object value(long bits) {
            return bits;
        }
    }

    private static final class Ints extends PrimitiveReduce {
        private final IntBinaryOperator op;

        Ints(IntBinaryOperator op) {
            this.op = op;
        }

        @Override
        public long bits(Object value) {
            return (Integer) value;
        }

        @Override
        public long merge(long bits, Object value) {
            return op.applyAsInt((int) bits, (Integer) value);
        }

        @Override
        public Object value(long bits) {
            return (int) bits;
        }
    }

    private static final class Doubles extends PrimitiveReduce {
        private final DoubleBinaryOperator op;

        Doubles(DoubleBinaryOperator op) {
            this.op = op;
        }

        @Override
        public long bits(Object value) {
            return Double.doubleToRawLongBits((Double) value);
        }

        @Override
        public long merge(long bits, Object value) {
            return Double.doubleToRawLongBits(op.applyAsDouble(Double.longBitsToDouble(bits), (Double) value));
        }

        @Override
        public Object value(long bits) {
            return Double.longBitsToDouble(bits);
        }
    }
}
