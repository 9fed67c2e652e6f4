package io.rivulet.sql.datasource.file;

import io.rivulet.sql.sources.Filter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Function;

/**
 * Evaluates a {@link Filter} over the external values of one row (a partition directory's values, a parsed CSV
 * row), with SQL's three-valued logic: {@link #evaluate} returns {@code TRUE}, {@code FALSE} or null (unknown: a
 * comparison with a null); a row is kept only when the filter is true. Numbers compare by value whatever their
 * classes ({@code 1 = 1L = 1.0}); a date compares with a date, a timestamp with an instant, strings by code points.
 */
public final class FilterEvaluator {
    private FilterEvaluator() {}

    /** Whether the filter is true for the row whose columns {@code values} gives (by name). */
    public static boolean test(Filter filter, Function<String, Object> values) {
        return Boolean.TRUE.equals(evaluate(filter, values));
    }

    public static Boolean evaluate(Filter filter, Function<String, Object> values) {
        if (filter instanceof Filter.And and) {
            Boolean left = evaluate(and.left(), values);
            if (Boolean.FALSE.equals(left)) {
                return false;
            }
            Boolean right = evaluate(and.right(), values);
            if (Boolean.FALSE.equals(right)) {
                return false;
            }
            return left == null || right == null ? null : true;
        } else if (filter instanceof Filter.Or or) {
            Boolean left = evaluate(or.left(), values);
            if (Boolean.TRUE.equals(left)) {
                return true;
            }
            Boolean right = evaluate(or.right(), values);
            if (Boolean.TRUE.equals(right)) {
                return true;
            }
            return left == null || right == null ? null : false;
        } else if (filter instanceof Filter.Not not) {
            Boolean child = evaluate(not.child(), values);
            return child == null ? null : !child;
        }
        return leaf(filter, values);
    }

    private static Boolean leaf(Filter filter, Function<String, Object> values) {
        if (filter instanceof Filter.AlwaysTrue) {
            return true;
        } else if (filter instanceof Filter.AlwaysFalse) {
            return false;
        } else if (filter instanceof Filter.IsNull f) {
            return values.apply(f.attribute()) == null;
        } else if (filter instanceof Filter.IsNotNull f) {
            return values.apply(f.attribute()) != null;
        } else if (filter instanceof Filter.EqualNullSafe f) {
            Object value = values.apply(f.attribute());
            if (value == null || f.value() == null) {
                return value == null && f.value() == null;
            }
            return compare(value, f.value()) == 0;
        } else if (filter instanceof Filter.In f) {
            Object value = values.apply(f.attribute());
            if (value == null) {
                return null;
            }
            boolean sawNull = false;
            for (Object candidate : f.values()) {
                if (candidate == null) {
                    sawNull = true;
                } else if (compare(value, candidate) == 0) {
                    return true;
                }
            }
            return sawNull ? null : false;
        }
        return comparison(filter, values);
    }

    private static Boolean comparison(Filter filter, Function<String, Object> values) {
        if (filter instanceof Filter.EqualTo f) {
            Integer c = compareNullable(values.apply(f.attribute()), f.value());
            return c == null ? null : c == 0;
        } else if (filter instanceof Filter.GreaterThan f) {
            Integer c = compareNullable(values.apply(f.attribute()), f.value());
            return c == null ? null : c > 0;
        } else if (filter instanceof Filter.GreaterThanOrEqual f) {
            Integer c = compareNullable(values.apply(f.attribute()), f.value());
            return c == null ? null : c >= 0;
        } else if (filter instanceof Filter.LessThan f) {
            Integer c = compareNullable(values.apply(f.attribute()), f.value());
            return c == null ? null : c < 0;
        } else if (filter instanceof Filter.LessThanOrEqual f) {
            Integer c = compareNullable(values.apply(f.attribute()), f.value());
            return c == null ? null : c <= 0;
        }
        return strings(filter, values);
    }

    private static Boolean strings(Filter filter, Function<String, Object> values) {
        String attribute;
        String pattern;
        if (filter instanceof Filter.StringStartsWith f) {
            attribute = f.attribute();
            pattern = f.value();
        } else if (filter instanceof Filter.StringEndsWith f) {
            attribute = f.attribute();
            pattern = f.value();
        } else if (filter instanceof Filter.StringContains f) {
            attribute = f.attribute();
            pattern = f.value();
        } else {
            throw new IllegalStateException("unexpected filter " + filter);
        }
        Object value = values.apply(attribute);
        if (value == null || pattern == null) {
            return null;
        }
        String text = value.toString();
        if (filter instanceof Filter.StringStartsWith) {
            return text.startsWith(pattern);
        }
        if (filter instanceof Filter.StringEndsWith) {
            return text.endsWith(pattern);
        }
        return text.contains(pattern);
    }

    private static Integer compareNullable(Object value, Object literal) {
        if (value == null || literal == null) {
            return null;
        }
        return compare(value, literal);
    }

    /** Compares two non-null external values of comparable kinds; {@code IllegalArgumentException} otherwise. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return compareNumbers(x, y);
        }
        if (a instanceof String x && b instanceof String y) {
            return Integer.signum(compareCodePoints(x, y));
        }
        if ((a instanceof LocalDate && b instanceof LocalDate)
                || (a instanceof Instant && b instanceof Instant)
                || (a instanceof LocalDateTime && b instanceof LocalDateTime)
                || (a instanceof Boolean && b instanceof Boolean)) {
            return Integer.signum(((Comparable) a).compareTo(b));
        }
        throw new IllegalArgumentException("cannot compare " + a.getClass().getSimpleName() + " " + a + " with "
                + b.getClass().getSimpleName() + " " + b);
    }

    /** Whether values of {@code a}'s and {@code b}'s classes can be compared by {@link #compare}. */
    static boolean comparable(Object a, Object b) {
        return (a instanceof Number && b instanceof Number)
                || (a != null && b != null && a.getClass() == b.getClass() && a instanceof Comparable);
    }

    private static int compareNumbers(Number x, Number y) {
        if (isIntegral(x) && isIntegral(y)) {
            return Long.compare(x.longValue(), y.longValue());
        }
        if ((x instanceof Double || x instanceof Float) || (y instanceof Double || y instanceof Float)) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return toBigDecimal(x).compareTo(toBigDecimal(y));
    }

    private static boolean isIntegral(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
    }

    private static BigDecimal toBigDecimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof java.math.BigInteger i) {
            return new BigDecimal(i);
        }
        return isIntegral(n) ? BigDecimal.valueOf(n.longValue()) : BigDecimal.valueOf(n.doubleValue());
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
