package io.rivulet.memory;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Estimates the heap bytes an object graph holds, for memory budgets and shuffle metrics. Common record
 * types (boxed numbers, strings, pairs) take a fast path; anything else is walked by reflection with
 * per-class field layouts cached. Estimates assume a 64-bit JVM with compressed pointers: 12-byte object
 * headers, 4-byte references, 8-byte alignment. Large arrays are sampled rather than walked whole.
 */
public final class SizeEstimator {
    private static final int HEADER = 12;
    private static final int REFERENCE = 4;
    private static final int ARRAY_HEADER = 16;
    private static final int ARRAY_SAMPLE = 100;
    private static final Map<Class<?>, ClassLayout> LAYOUTS = new ConcurrentHashMap<>();

    private SizeEstimator() {}

    public static long estimate(Object value) {
        if (value == null) {
            return 0;
        }
        Long fast = fastPath(value);
        if (fast != null) {
            return fast;
        }
        return walk(value);
    }

    private static Long fastPath(Object value) {
        if (value instanceof String s) {
            return align(HEADER + 4 + 4 + REFERENCE) + align(ARRAY_HEADER + (long) s.length());
        }
        if (value instanceof Long || value instanceof Double) {
            return 16L;
        }
        if (value instanceof Integer
                || value instanceof Float
                || value instanceof Short
                || value instanceof Byte
                || value instanceof Character
                || value instanceof Boolean) {
            return 16L;
        }
        if (value instanceof io.rivulet.Pair<?, ?> pair) {
            Long key = pair.key() == null ? Long.valueOf(0) : fastPath(pair.key());
            Long val = pair.value() == null ? Long.valueOf(0) : fastPath(pair.value());
            if (key != null && val != null) {
                return 24L + key + val;
            }
        }
        return null;
    }

    private static long walk(Object root) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> toVisit = new ArrayDeque<>();
        toVisit.push(root);
        long total = 0;
        while (!toVisit.isEmpty()) {
            Object current = toVisit.pop();
            if (!seen.add(current)) {
                continue;
            }
            Long fast = fastPath(current);
            if (fast != null) {
                total += fast;
                continue;
            }
            if (current instanceof SizeAware aware) {
                total += aware.estimatedSize();
                continue;
            }
            if (current instanceof Collection<?> collection && isJdk(current)) {
                total += collectionSize(collection, toVisit);
                continue;
            }
            if (current instanceof Map<?, ?> map && isJdk(current)) {
                total += mapSize(map, toVisit);
                continue;
            }
            Class<?> type = current.getClass();
            if (type.isArray()) {
                total += arraySize(current, type, toVisit);
            } else {
                ClassLayout layout = LAYOUTS.computeIfAbsent(type, ClassLayout::of);
                total += layout.shallowSize;
                for (Field field : layout.referenceFields) {
                    try {
                        Object child = field.get(current);
                        if (child != null) {
                            toVisit.push(child);
                        }
                    } catch (IllegalAccessException e) {
                        // Not accessible (a JDK internal): counted shallowly only.
                    }
                }
            }
        }
        return total;
    }

    /**
     * The JDK's collections cannot be walked by reflection (java.base is not open to it), so they are sized
     * from their public view: a backing array or table plus their elements, sampled when there are many.
     */
    private static boolean isJdk(Object value) {
        return value.getClass().getName().startsWith("java.");
    }

    private static long collectionSize(Collection<?> collection, Deque<Object> toVisit) {
        int size = collection.size();
        long own = align(HEADER + 16) + align(ARRAY_HEADER + (long) size * REFERENCE);
        return own + elementsSize(collection, size, toVisit);
    }

    private static long mapSize(Map<?, ?> map, Deque<Object> toVisit) {
        int size = map.size();
        long table = align(ARRAY_HEADER + (long) (size / 0.75) * REFERENCE);
        long nodes = (long) size * 32;
        return align(HEADER + 36)
                + table
                + nodes
                + elementsSize(map.keySet(), size, toVisit)
                + elementsSize(map.values(), size, toVisit);
    }

    private static long elementsSize(Iterable<?> elements, int size, Deque<Object> toVisit) {
        if (size <= ARRAY_SAMPLE) {
            for (Object element : elements) {
                if (element != null) {
                    toVisit.push(element);
                }
            }
            return 0;
        }
        long sampled = 0;
        int count = 0;
        for (Object element : elements) {
            if (count == ARRAY_SAMPLE) {
                break;
            }
            sampled += estimate(element);
            count++;
        }
        return sampled * size / Math.max(count, 1);
    }

    private static long arraySize(Object array, Class<?> type, Deque<Object> toVisit) {
        int length = Array.getLength(array);
        Class<?> component = type.getComponentType();
        if (component.isPrimitive()) {
            return align(ARRAY_HEADER + (long) length * primitiveSize(component));
        }
        long size = align(ARRAY_HEADER + (long) length * REFERENCE);
        if (length <= ARRAY_SAMPLE) {
            for (int i = 0; i < length; i++) {
                Object element = Array.get(array, i);
                if (element != null) {
                    toVisit.push(element);
                }
            }
            return size;
        }
        // Sample evenly spaced elements and scale up, instead of walking millions of them.
        long sampled = 0;
        int step = length / ARRAY_SAMPLE;
        for (int i = 0; i < ARRAY_SAMPLE; i++) {
            Object element = Array.get(array, i * step);
            if (element != null) {
                sampled += estimate(element);
            }
        }
        return size + sampled * length / ARRAY_SAMPLE;
    }

    private static int primitiveSize(Class<?> type) {
        if (type == long.class || type == double.class) {
            return 8;
        }
        if (type == int.class || type == float.class) {
            return 4;
        }
        if (type == short.class || type == char.class) {
            return 2;
        }
        return 1;
    }

    static long align(long size) {
        return (size + 7) & ~7L;
    }

    private record ClassLayout(long shallowSize, List<Field> referenceFields) {
        static ClassLayout of(Class<?> type) {
            long size = HEADER;
            List<Field> references = new ArrayList<>();
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    if (field.getType().isPrimitive()) {
                        size += primitiveSize(field.getType());
                    } else {
                        size += REFERENCE;
                        if (trySetAccessible(field)) {
                            references.add(field);
                        }
                    }
                }
            }
            return new ClassLayout(align(size), List.copyOf(references));
        }

        private static boolean trySetAccessible(Field field) {
            try {
                return field.trySetAccessible();
            } catch (SecurityException e) {
                return false;
            }
        }
    }
}
