package io.rivulet.sql.expr;

import static io.rivulet.sql.expr.ExpectedType.ARRAY;
import static io.rivulet.sql.expr.ExpectedType.INT;
import static io.rivulet.sql.expr.ExpectedType.MAP;
import static io.rivulet.sql.expr.ExpectedType.STRING;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.Internal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Array and map functions computed row by row over external values ({@code List}, {@code Map}): elements compare
 * and match with SQL's equality ({@link InternalValues}), so {@code array_distinct} keeps one NaN and {@code
 * array_contains} finds {@code -0.0} for {@code 0.0}.
 */
final class CollectionScalars {
    private CollectionScalars() {}

    static List<ScalarKernel> kernels() {
        List<ScalarKernel> k = new ArrayList<>();
        kernelsPart0(k);
        kernelsPart1(k);
        return k;
    }

    private static void kernelsPart0(List<ScalarKernel> k) {
        k.add(ScalarKernel.of(
                        "array_contains",
                        List.of(ARRAY, ExpectedType.ANY),
                        DataTypes.BooleanType,
                        (a, s) -> contains((List<?>) a[0], a[1], s))
                .givesNull()
                .check(CollectionScalars::elementMatches));
        k.add(ScalarKernel.of(
                        "array_position",
                        List.of(ARRAY, ExpectedType.ANY),
                        DataTypes.LongType,
                        (a, s) -> position((List<?>) a[0], a[1], s))
                .check(CollectionScalars::elementMatches));
        k.add(ScalarKernel.of(
                        "array_remove",
                        List.of(ARRAY, ExpectedType.ANY),
                        t -> t.get(0),
                        (a, s) -> remove((List<?>) a[0], a[1], s))
                .check(CollectionScalars::elementMatches));
        k.add(ScalarKernel.of(
                "map_keys",
                List.of(MAP),
                t -> new ArrayType(((MapType) t.get(0)).keyType(), false),
                (a, s) -> new ArrayList<>(((Map<?, ?>) a[0]).keySet())));
        k.add(ScalarKernel.of(
                "map_values",
                List.of(MAP),
                t -> new ArrayType(((MapType) t.get(0)).valueType(), ((MapType) t.get(0)).valueContainsNull()),
                (a, s) -> new ArrayList<>(((Map<?, ?>) a[0]).values())));
        k.add(ScalarKernel.of(
                "map_entries",
                List.of(MAP),
                t -> entriesType((MapType) t.get(0)),
                (a, s) -> entries((Map<?, ?>) a[0], s)));
        k.add(ScalarKernel.of(
                "map_contains_key",
                List.of(MAP, ExpectedType.ANY),
                DataTypes.BooleanType,
                (a, s) -> keys((Map<?, ?>) a[0], s).contains(key(a[1], keyType(s), s))));
        k.add(ScalarKernel.of(
                        "map_from_arrays",
                        List.of(ARRAY, ARRAY),
                        t -> new MapType(element(t.get(0)), element(t.get(1)), true),
                        CollectionScalars::mapFromArrays)
                .raises());
    }

    private static void kernelsPart1(List<ScalarKernel> k) {
        k.add(ScalarKernel.of("array_distinct", List.of(ARRAY), t -> t.get(0), (a, s) -> distinct((List<?>) a[0], s)));
        k.add(ScalarKernel.of(
                "sort_array",
                List.of(ARRAY, ExpectedType.BOOLEAN),
                t -> t.get(0),
                (a, s) -> sort((List<?>) a[0], (Boolean) a[1], s)));
        k.add(ScalarKernel.of(
                        "array_min",
                        List.of(ARRAY),
                        t -> element(t.get(0)),
                        (a, s) -> extreme((List<?>) a[0], false, s))
                .givesNull());
        k.add(ScalarKernel.of(
                        "array_max", List.of(ARRAY), t -> element(t.get(0)), (a, s) -> extreme((List<?>) a[0], true, s))
                .givesNull());
        k.add(ScalarKernel.varargs(
                        "array_join",
                        2,
                        t -> t.size() == 2 ? List.of(ARRAY, STRING) : List.of(ARRAY, STRING, STRING),
                        t -> DataTypes.StringType,
                        CollectionScalars::join)
                .upTo(3)
                .acceptsNulls());
        k.add(ScalarKernel.of("slice", List.of(ARRAY, INT, INT), t -> t.get(0), CollectionScalars::slice)
                .raises());
        k.add(ScalarKernel.of("flatten", List.of(ARRAY), t -> element(t.get(0)), (a, s) -> flatten((List<?>) a[0]))
                .givesNull());
        k.add(ScalarKernel.of("reverse", List.of(ARRAY), t -> t.get(0), (a, s) -> {
            List<Object> out = new ArrayList<>((List<?>) a[0]);
            java.util.Collections.reverse(out);
            return out;
        }));
        k.add(ScalarKernel.of(
                        "array_repeat",
                        List.of(ExpectedType.ANY, INT),
                        t -> new ArrayType(t.get(0), true),
                        (a, s) -> java.util.Collections.nCopies(Math.max(0, (Integer) a[1]), a[0]))
                .acceptsNulls());
        addSetKernels(k);
    }

    private static void addSetKernels(List<ScalarKernel> k) {
        for (String name : List.of("array_union", "array_intersect", "array_except", "arrays_overlap")) {
            k.add(ScalarKernel.of(
                            name,
                            List.of(ARRAY, ARRAY),
                            t -> name.equals("arrays_overlap") ? DataTypes.BooleanType : t.get(0),
                            (a, s) -> setOperation(name, (List<?>) a[0], (List<?>) a[1], s))
                    .givesNull());
        }
        k.add(ScalarKernel.varargs(
                        "sequence",
                        2,
                        t -> ScalarKernel.repeat(ExpectedType.LONG, t.size()),
                        t -> new ArrayType(DataTypes.LongType, false),
                        CollectionScalars::sequence)
                .upTo(3)
                .raises());
    }

    static DataType element(DataType arrayType) {
        return ((ArrayType) arrayType).elementType();
    }

    private static DataType elementType(ScalarKernel.State s) {
        return element(s.node.arguments().get(0).dataType());
    }

    private static DataType keyType(ScalarKernel.State s) {
        return ((MapType) s.node.arguments().get(0).dataType()).keyType();
    }

    /** The equality key of an external value of {@code type}. */
    private static Object key(Object external, DataType type, ScalarKernel.State s) {
        return external == null ? null : InternalValues.key(Internal.toInternal(type, external));
    }

    private static Optional<String> elementMatches(ScalarFunction f) {
        DataType array = f.arguments().get(0).dataType();
        DataType value = f.arguments().get(1).dataType();
        if (!(array instanceof ArrayType a)
                || io.rivulet.sql.vector.Types.sameIgnoringNullability(a.elementType(), value)
                || value.equals(DataTypes.NullType)) {
            return Optional.empty();
        }
        return TypeChecks.mismatch(
                f,
                "ARRAY_FUNCTION_DIFF_TYPES",
                "Input to `" + f.name() + "` should have been "
                        + "\"ARRAY\" followed by a value with same element type, but it's [" + Errors.type(array) + ", "
                        + Errors.type(value) + "].");
    }

    private static Object contains(List<?> array, Object value, ScalarKernel.State s) {
        DataType type = elementType(s);
        Object wanted = key(value, type, s);
        boolean sawNull = false;
        for (Object element : array) {
            if (element == null) {
                sawNull = true;
            } else if (wanted.equals(key(element, type, s))) {
                return true;
            }
        }
        return sawNull ? null : false;
    }

    private static long position(List<?> array, Object value, ScalarKernel.State s) {
        DataType type = elementType(s);
        Object wanted = key(value, type, s);
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) != null && wanted.equals(key(array.get(i), type, s))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static List<Object> remove(List<?> array, Object value, ScalarKernel.State s) {
        DataType type = elementType(s);
        Object unwanted = key(value, type, s);
        List<Object> out = new ArrayList<>();
        for (Object element : array) {
            if (element == null || !unwanted.equals(key(element, type, s))) {
                out.add(element);
            }
        }
        return out;
    }

    private static Set<Object> keys(Map<?, ?> map, ScalarKernel.State s) {
        Set<Object> keys = new LinkedHashSet<>();
        for (Object key : map.keySet()) {
            keys.add(key(key, keyType(s), s));
        }
        return keys;
    }

    private static StructType entryStruct(MapType type) {
        return new StructType()
                .add("key", type.keyType(), false)
                .add("value", type.valueType(), type.valueContainsNull());
    }

    private static DataType entriesType(MapType type) {
        return new ArrayType(entryStruct(type), false);
    }

    private static List<Object> entries(Map<?, ?> map, ScalarKernel.State s) {
        StructType struct = entryStruct((MapType) s.node.arguments().get(0).dataType());
        List<Object> out = new ArrayList<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.add(new io.rivulet.sql.GenericRow(new Object[] {entry.getKey(), entry.getValue()}, struct));
        }
        return out;
    }

    private static Object mapFromArrays(Object[] a, ScalarKernel.State s) {
        List<?> keys = (List<?>) a[0];
        List<?> values = (List<?>) a[1];
        if (keys.size() != values.size()) {
            throw new SqlIllegalArgumentException(
                    "INVALID_PARAMETER_VALUE.MAP_FROM_ARRAYS",
                    "22023",
                    "The key array and value array of `map_from_arrays` should have the same length.",
                    s.node.sql());
        }
        Map<Object, Object> out = new LinkedHashMap<>();
        Set<Object> seen = new LinkedHashSet<>();
        DataType keyType = elementType(s);
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) == null) {
                throw Errors.nullMapKey(s.node);
            }
            if (!seen.add(key(keys.get(i), keyType, s))) {
                throw Errors.duplicateMapKey(Internal.toInternal(keyType, keys.get(i)), keyType, s.node);
            }
            out.put(keys.get(i), values.get(i));
        }
        return out;
    }

    private static List<Object> distinct(List<?> array, ScalarKernel.State s) {
        DataType type = elementType(s);
        Set<Object> seen = new java.util.HashSet<>();
        List<Object> out = new ArrayList<>();
        boolean sawNull = false;
        for (Object element : array) {
            if (element == null) {
                if (!sawNull) {
                    out.add(null);
                }
                sawNull = true;
            } else if (seen.add(key(element, type, s))) {
                out.add(element);
            }
        }
        return out;
    }

    /** Elements sorted by SQL order: nulls first ascending, last descending (Spark's {@code sort_array}). */
    private static List<Object> sort(List<?> array, boolean ascending, ScalarKernel.State s) {
        DataType type = elementType(s);
        List<Object> internals = new ArrayList<>();
        for (Object element : array) {
            internals.add(Internal.toInternal(type, element));
        }
        Comparator<Object> order = InternalValues.comparator(type, ascending, ascending);
        internals.sort(order);
        List<Object> out = new ArrayList<>();
        for (Object internal : internals) {
            out.add(Internal.toExternal(type, internal));
        }
        return out;
    }

    private static Object extreme(List<?> array, boolean max, ScalarKernel.State s) {
        DataType type = elementType(s);
        Object best = null;
        for (Object element : array) {
            if (element == null) {
                continue;
            }
            Object internal = Internal.toInternal(type, element);
            if (best == null || (InternalValues.compare(type, internal, best) > 0) == max) {
                best = internal;
            }
        }
        return best == null ? null : Internal.toExternal(type, best);
    }

    private static Object join(Object[] a, ScalarKernel.State s) {
        if (a[0] == null || a[1] == null || (a.length > 2 && a[2] == null)) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Object element : (List<?>) a[0]) {
            if (element != null) {
                parts.add(String.valueOf(element));
            } else if (a.length > 2) {
                parts.add((String) a[2]);
            }
        }
        return String.join((String) a[1], parts);
    }

    private static Object slice(Object[] a, ScalarKernel.State s) {
        List<?> array = (List<?>) a[0];
        int start = (Integer) a[1];
        int length = (Integer) a[2];
        if (start == 0) {
            throw new SqlIllegalArgumentException(
                    "INVALID_PARAMETER_VALUE.START",
                    "22023",
                    "The value of parameter(s) `start` in `slice` is invalid: Expects a positive or a negative value"
                            + " for `start`, but got 0.",
                    s.node.sql());
        }
        if (length < 0) {
            throw new SqlIllegalArgumentException(
                    "INVALID_PARAMETER_VALUE.LENGTH",
                    "22023",
                    "The value of parameter(s) `length` in `slice` is invalid: Expects `length` greater than or equal"
                            + " to 0, but got " + length + ".",
                    s.node.sql());
        }
        int from = start > 0 ? start - 1 : array.size() + start;
        if (from < 0 || from >= array.size()) {
            return List.of();
        }
        return new ArrayList<>(array.subList(from, Math.min(array.size(), from + length)));
    }

    private static Object flatten(List<?> arrays) {
        List<Object> out = new ArrayList<>();
        for (Object inner : arrays) {
            if (inner == null) {
                return null;
            }
            out.addAll((List<?>) inner);
        }
        return out;
    }

    private static Object setOperation(String name, List<?> left, List<?> right, ScalarKernel.State s) {
        DataType type = elementType(s);
        Map<Object, Object> l = new LinkedHashMap<>();
        for (Object element : left) {
            l.putIfAbsent(key(element, type, s), element);
        }
        Map<Object, Object> r = new LinkedHashMap<>();
        for (Object element : right) {
            r.putIfAbsent(key(element, type, s), element);
        }
        switch (name) {
            case "array_union" -> {
                Map<Object, Object> out = new LinkedHashMap<>(l);
                r.forEach(out::putIfAbsent);
                return new ArrayList<>(out.values());
            }
            case "array_intersect" -> {
                return l.entrySet().stream()
                        .filter(e -> r.containsKey(e.getKey()))
                        .map(Map.Entry::getValue)
                        .toList();
            }
            case "array_except" -> {
                return l.entrySet().stream()
                        .filter(e -> !r.containsKey(e.getKey()))
                        .map(Map.Entry::getValue)
                        .toList();
            }
            default -> {
                boolean nulls = l.containsKey(null) || r.containsKey(null);
                for (Object key : l.keySet()) {
                    if (key != null && r.containsKey(key)) {
                        return true;
                    }
                }
                return nulls && !l.isEmpty() && !r.isEmpty() ? null : false;
            }
        }
    }

    private static Object sequence(Object[] a, ScalarKernel.State s) {
        long start = (Long) a[0];
        long stop = (Long) a[1];
        long step = a.length > 2 ? (Long) a[2] : (start <= stop ? 1 : -1);
        if (step == 0 || (stop - start) / step < 0) {
            throw new SqlIllegalArgumentException(
                    "INVALID_PARAMETER_VALUE.SEQUENCE_STEP",
                    "22023",
                    "Illegal sequence boundaries: " + start + " to " + stop + " by " + step,
                    s.node.sql());
        }
        List<Long> out = new ArrayList<>();
        for (long v = start; step > 0 ? v <= stop : v >= stop; v += step) {
            out.add(v);
        }
        return out;
    }
}
