package io.rivulet.sql.beans;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.MapType;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/** Mappings of Java arrays, collections ({@code List}, {@code Set}, ...) and maps to array and map types. */
final class CollectionMapping {
    private CollectionMapping() {}

    /** A Java array: {@code int[]} is {@code array<int>} without nulls, {@code String[]} may hold nulls. */
    static ValueMapping array(Class<?> arrayClass, ValueMapping element) {
        Class<?> component = arrayClass.getComponentType();
        return new Sequence(new ArrayType(element.dataType(), element.nullable()), element, values -> {
            Object array = Array.newInstance(component, values.size());
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value == null && component.isPrimitive()) {
                    throw new IllegalArgumentException(
                            "Null element " + i + " cannot be stored in a " + arrayClass.getSimpleName());
                }
                Array.set(array, i, value);
            }
            return array;
        });
    }

    /** A collection of the raw class {@code type}: made back as an {@code ArrayList}, a {@code LinkedHashSet}, ... */
    static ValueMapping collection(Class<?> type, ValueMapping element) {
        Supplier<Collection<Object>> factory = factory(type, Collection.class);
        return new Sequence(new ArrayType(element.dataType(), element.nullable()), element, values -> {
            Collection<Object> collection = factory.get();
            collection.addAll(values);
            return collection;
        });
    }

    static ValueMapping map(Class<?> type, ValueMapping key, ValueMapping value) {
        return new MapMapping(
                new MapType(key.dataType(), value.dataType(), value.nullable()), key, value, factory(type, Map.class));
    }

    private interface Maker {
        Object make(List<Object> values);
    }

    private record Sequence(ArrayType dataType, ValueMapping element, Maker maker) implements ValueMapping {
        @Override
        public boolean nullable() {
            return true;
        }

        @Override
        public Object toExternal(Object value) {
            List<Object> out;
            if (value.getClass().isArray()) {
                int length = Array.getLength(value);
                out = new ArrayList<>(length);
                for (int i = 0; i < length; i++) {
                    out.add(elementOut(Array.get(value, i)));
                }
            } else {
                out = new ArrayList<>(((Collection<?>) value).size());
                for (Object e : (Collection<?>) value) {
                    out.add(elementOut(e));
                }
            }
            return Collections.unmodifiableList(out);
        }

        private Object elementOut(Object e) {
            return e == null ? null : element.toExternal(e);
        }

        @Override
        public Object fromExternal(Object value) {
            if (!(value instanceof Iterable<?> iterable)) {
                throw Scalars.cannotConvert(value, "a collection");
            }
            List<Object> values = new ArrayList<>();
            for (Object e : iterable) {
                values.add(e == null ? null : element.fromExternal(e));
            }
            return maker.make(values);
        }
    }

    private record MapMapping(
            MapType dataType, ValueMapping key, ValueMapping value, Supplier<Map<Object, Object>> factory)
            implements ValueMapping {
        @Override
        public boolean nullable() {
            return true;
        }

        @Override
        public Object toExternal(Object map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) map).entrySet()) {
                if (entry.getKey() == null) {
                    throw new IllegalArgumentException("A map key is null: map keys are never null");
                }
                Object v = entry.getValue();
                out.put(key.toExternal(entry.getKey()), v == null ? null : value.toExternal(v));
            }
            return Collections.unmodifiableMap(out);
        }

        @Override
        public Object fromExternal(Object map) {
            if (!(map instanceof Map<?, ?> entries)) {
                throw Scalars.cannotConvert(map, "a map");
            }
            Map<Object, Object> out = factory.get();
            for (Map.Entry<?, ?> entry : entries.entrySet()) {
                Object v = entry.getValue();
                out.put(key.fromExternal(entry.getKey()), v == null ? null : value.fromExternal(v));
            }
            return out;
        }
    }

    /**
     * Makes empty instances of {@code type}: its no-arg constructor if it is a concrete class, else the usual
     * implementation of the interface (a sorted one for sorted interfaces).
     */
    @SuppressWarnings("unchecked")
    private static <C> Supplier<C> factory(Class<?> type, Class<?> base) {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            Supplier<?> supplier;
            if (NavigableMap.class.isAssignableFrom(type) || SortedMap.class.isAssignableFrom(type)) {
                supplier = TreeMap::new;
            } else if (Map.class.isAssignableFrom(type)) {
                supplier = LinkedHashMap::new;
            } else if (NavigableSet.class.isAssignableFrom(type) || SortedSet.class.isAssignableFrom(type)) {
                supplier = TreeSet::new;
            } else if (Set.class.isAssignableFrom(type)) {
                supplier = LinkedHashSet::new;
            } else {
                supplier = ArrayList::new;
            }
            if (!type.isAssignableFrom(instanceClass(supplier))) {
                throw new IllegalArgumentException("Cannot make an instance of " + type.getName());
            }
            return (Supplier<C>) supplier;
        }
        try {
            MethodHandle constructor = MethodHandles.publicLookup()
                    .findConstructor(type, MethodType.methodType(void.class))
                    .asType(MethodType.methodType(Object.class));
            return () -> {
                try {
                    return (C) constructor.invokeExact();
                } catch (Throwable e) {
                    throw new IllegalStateException("Creating a " + type.getName() + " failed", e);
                }
            };
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(
                    type.getName() + " (a " + base.getSimpleName() + ") has no public no-arg constructor", e);
        }
    }

    private static Class<?> instanceClass(Supplier<?> supplier) {
        return supplier.get().getClass();
    }
}
