package io.rivulet.rdd;

import io.rivulet.serializer.JavaSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

/**
 * Fresh copies of a zero value for {@code fold}, {@code aggregate}, {@code foldByKey} and
 * {@code aggregateByKey}, so that a mutable zero (a list, say) is never shared between partitions or keys.
 * Immutable values are returned as they are; others are copied by serialization, as Spark does.
 */
public final class ZeroValues<Z> implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Z immutableZero;
    private final byte[] serializedZero;
    // Job classes may come from a child class loader (rivulet run): resolve them as the caller would.
    private final transient ClassLoader loader = callerLoader();

    public ZeroValues(Z zero) {
        if (isImmutable(zero)) {
            this.immutableZero = zero;
            this.serializedZero = null;
        } else if (zero instanceof Serializable) {
            this.immutableZero = null;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                new JavaSerializer(loader).writeAll(List.of(zero).iterator(), bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy the zero value " + zero, e);
            }
            this.serializedZero = bytes.toByteArray();
        } else {
            // Not serializable: it cannot be copied, so it is shared, as a caller passing it must accept.
            this.immutableZero = zero;
            this.serializedZero = null;
        }
    }

    private static ClassLoader callerLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ZeroValues.class.getClassLoader();
    }

    private static boolean isImmutable(Object value) {
        return value == null
                || value instanceof String
                || value instanceof Long
                || value instanceof Integer
                || value instanceof Double
                || value instanceof Float
                || value instanceof Short
                || value instanceof Byte
                || value instanceof java.math.BigInteger
                || value instanceof java.math.BigDecimal
                || value instanceof Boolean
                || value instanceof Character
                || value instanceof Enum<?>;
    }

    public Z copy() {
        if (serializedZero == null) {
            return immutableZero;
        }
        try {
            Iterator<Z> values = new JavaSerializer(loader == null ? callerLoader() : loader)
                    .readAll(new ByteArrayInputStream(serializedZero));
            return values.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
