package io.rivulet.sql.beans;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Infers the mapping of a Java type, as Spark's {@code JavaTypeInference}: scalars ({@link Scalars}), arrays and
 * collections, maps, and records and beans as structs, nested to any depth. A class that contains itself
 * (directly or not) cannot be mapped, nor can type variables, raw collections or interfaces other than the
 * collection ones: each throws {@code IllegalArgumentException} naming the class and the property.
 */
final class Inference {
    private Inference() {}

    /** The struct of a top-level class; a class without properties is an empty struct, as in Spark. */
    static StructMapping topLevel(Class<?> type) {
        return struct(type, new LinkedHashSet<>(), "class " + type.getName(), true);
    }

    /** The mapping of a value of {@code type}, found at {@code where} (for messages). */
    static ValueMapping value(Type type, Set<Class<?>> seen, String where) {
        if (type instanceof Class<?> c) {
            ValueMapping scalar = Scalars.of(c);
            if (scalar != null) {
                return scalar;
            }
            if (c.isArray()) {
                return CollectionMapping.array(c, value(c.getComponentType(), seen, where));
            }
            if (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)) {
                throw unsupported(type, where, "a raw " + c.getSimpleName() + ": declare its type arguments");
            }
            if (c.isPrimitive()
                    || c.isInterface()
                    || c.isAnnotation()
                    || c.getName().startsWith("java.")) {
                throw unsupported(type, where, "no data type maps it");
            }
            return struct(c, seen, where, false);
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw) && arguments.length == 1) {
                return CollectionMapping.collection(raw, value(arguments[0], seen, where));
            }
            if (Map.class.isAssignableFrom(raw) && arguments.length == 2) {
                return CollectionMapping.map(raw, value(arguments[0], seen, where), value(arguments[1], seen, where));
            }
            throw unsupported(type, where, "generic classes other than collections and maps are not mapped");
        }
        if (type instanceof GenericArrayType array) {
            ValueMapping element = value(array.getGenericComponentType(), seen, where);
            Class<?> arrayClass = Array.newInstance(rawClass(array.getGenericComponentType(), where), 0)
                    .getClass();
            return CollectionMapping.array(arrayClass, element);
        }
        if (type instanceof WildcardType wildcard && wildcard.getLowerBounds().length == 0) {
            return value(wildcard.getUpperBounds()[0], seen, where);
        }
        throw unsupported(type, where, "its class is not known (a type variable or a wildcard)");
    }

    private static Class<?> rawClass(Type type, String where) {
        if (type instanceof Class<?> c) {
            return c;
        } else if (type instanceof ParameterizedType parameterized
                && parameterized.getRawType() instanceof Class<?> c) {
            return c;
        } else if (type instanceof GenericArrayType array) {
            return Array.newInstance(rawClass(array.getGenericComponentType(), where), 0)
                    .getClass();
        }
        throw unsupported(type, where, "its class is not known");
    }

    private static StructMapping struct(Class<?> type, Set<Class<?>> seen, String where, boolean topLevel) {
        if (!seen.add(type)) {
            String cycle = seen.stream().map(Class::getName).collect(Collectors.joining(" -> "));
            throw new IllegalArgumentException("Cannot map " + type.getName() + " at " + where
                    + ": it contains itself (" + cycle + " -> " + type.getName() + ")");
        }
        try {
            StructMapping mapping = type.isRecord() ? record(type, seen) : bean(type, seen);
            if (mapping.schema().length() == 0 && !topLevel) {
                throw unsupported(type, where, "it is neither a record nor a bean with properties");
            }
            return mapping;
        } finally {
            seen.remove(type);
        }
    }

    private static StructMapping record(Class<?> type, Set<Class<?>> seen) {
        RecordComponent[] components = type.getRecordComponents();
        List<Property> properties = new ArrayList<>(components.length);
        for (RecordComponent component : components) {
            String where = "property " + component.getName() + " of class " + type.getName();
            ValueMapping mapping = value(component.getGenericType(), seen, where);
            MethodHandle getter = Reflection.getter(component.getAccessor());
            properties.add(new Property(component.getName(), type, component.getType(), mapping, getter, null));
        }
        Class<?>[] parameterTypes =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(parameterTypes);
            return new StructMapping(type, true, properties, Reflection.constructor(canonical), null);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("Record " + type.getName() + " has no canonical constructor", e);
        }
    }

    private static StructMapping bean(Class<?> type, Set<Class<?>> seen) {
        PropertyDescriptor[] descriptors;
        try {
            descriptors = Introspector.getBeanInfo(type).getPropertyDescriptors();
        } catch (IntrospectionException e) {
            throw new IllegalArgumentException("Cannot read the bean properties of " + type.getName(), e);
        }
        List<PropertyDescriptor> readable = Arrays.stream(descriptors)
                .filter(d -> d.getReadMethod() != null)
                .filter(d -> !d.getName().equals("class") && !d.getName().equals("declaringClass"))
                .sorted(Comparator.comparing(PropertyDescriptor::getName))
                .collect(Collectors.toList());
        List<Property> properties = new ArrayList<>(readable.size());
        for (PropertyDescriptor descriptor : readable) {
            String where = "property " + descriptor.getName() + " of class " + type.getName();
            ValueMapping mapping = value(descriptor.getReadMethod().getGenericReturnType(), seen, where);
            MethodHandle getter = Reflection.getter(descriptor.getReadMethod());
            MethodHandle setter =
                    descriptor.getWriteMethod() == null ? null : Reflection.setter(descriptor.getWriteMethod());
            properties.add(
                    new Property(descriptor.getName(), type, descriptor.getPropertyType(), mapping, getter, setter));
        }
        if (Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
            return new StructMapping(type, false, properties, null, "it is abstract");
        }
        try {
            Constructor<?> noArguments = type.getDeclaredConstructor();
            return new StructMapping(type, false, properties, Reflection.constructor(noArguments), null);
        } catch (NoSuchMethodException e) {
            return new StructMapping(type, false, properties, null, "it has no no-arg constructor");
        }
    }

    private static IllegalArgumentException unsupported(Type type, String where, String why) {
        return new IllegalArgumentException("Unsupported type " + type.getTypeName() + " of " + where + ": " + why);
    }
}
