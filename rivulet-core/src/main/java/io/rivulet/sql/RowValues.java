package io.rivulet.sql;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Equality and hashing of external values, deep into lists, maps and rows: byte arrays compare by content,
 * decimals by {@code compareTo} (so {@code 1.0} equals {@code 1.00}), floats and doubles by value with NaN equal
 * to NaN and {@code 0.0} equal to {@code -0.0}, as Spark's {@code Row.equals}; maps ignore entry order, as Java's.
 * Hash codes agree with this equality.
 */
final class RowValues {
    private RowValues() {}

    static boolean rowsEqual(Row a, Row b) {
        if (a == b) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!valuesEqual(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    static int rowHash(Row row) {
        int hash = 1;
        for (int i = 0; i < row.size(); i++) {
            hash = 31 * hash + valueHash(row.get(i));
        }
        return hash;
    }

    static boolean valuesEqual(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof byte[] x) {
            return b instanceof byte[] y && Arrays.equals(x, y);
        }
        if (a instanceof Double x) {
            return b instanceof Double y && (x.doubleValue() == y.doubleValue() || (x.isNaN() && y.isNaN()));
        }
        if (a instanceof Float x) {
            return b instanceof Float y && (x.floatValue() == y.floatValue() || (x.isNaN() && y.isNaN()));
        }
        if (a instanceof BigDecimal x) {
            return b instanceof BigDecimal y && x.compareTo(y) == 0;
        }
        if (a instanceof Row x) {
            return b instanceof Row y && rowsEqual(x, y);
        }
        if (a instanceof List<?> x) {
            return b instanceof List<?> y && listsEqual(x, y);
        }
        if (a instanceof Map<?, ?> x) {
            return b instanceof Map<?, ?> y && mapsEqual(x, y);
        }
        return a.equals(b);
    }

    static int valueHash(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof byte[] bytes) {
            return Arrays.hashCode(bytes);
        }
        if (value instanceof Double d) {
            // 0.0 and -0.0 are equal, so they must hash alike; Double.hashCode already folds every NaN into one.
            return d == 0.0 ? 0 : d.hashCode();
        }
        if (value instanceof Float f) {
            return f == 0.0f ? 0 : f.hashCode();
        }
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 ? 0 : d.stripTrailingZeros().hashCode();
        }
        if (value instanceof Row row) {
            return rowHash(row);
        }
        if (value instanceof List<?> list) {
            int hash = 1;
            for (Object element : list) {
                hash = 31 * hash + valueHash(element);
            }
            return hash;
        }
        if (value instanceof Map<?, ?> map) {
            int hash = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                hash += valueHash(entry.getKey()) ^ valueHash(entry.getValue());
            }
            return hash;
        }
        return value.hashCode();
    }

    private static boolean listsEqual(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        Iterator<?> x = a.iterator();
        Iterator<?> y = b.iterator();
        while (x.hasNext()) {
            if (!valuesEqual(x.next(), y.next())) {
                return false;
            }
        }
        return true;
    }

    private static boolean mapsEqual(Map<?, ?> a, Map<?, ?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<?, ?> entry : a.entrySet()) {
            if (!containsEntry(b, entry.getKey(), entry.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** A lookup first (the usual case), then a scan for keys whose Java equality is not ours (byte arrays). */
    private static boolean containsEntry(Map<?, ?> map, Object key, Object value) {
        if (map.containsKey(key) && valuesEqual(map.get(key), value)) {
            return true;
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (valuesEqual(entry.getKey(), key) && valuesEqual(entry.getValue(), value)) {
                return true;
            }
        }
        return false;
    }
}
