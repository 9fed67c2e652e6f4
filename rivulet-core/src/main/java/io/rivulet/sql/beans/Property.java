package io.rivulet.sql.beans;

import java.lang.invoke.MethodHandle;

/**
 * One property of a record (a component) or a bean (a getter, and a setter if it has one), with the mapping of
 * its values. {@code getter} is {@code (Object) -> Object}, {@code setter} {@code (Object, Object) -> void}.
 */
record Property(
        String name, Class<?> owner, Class<?> rawType, ValueMapping mapping, MethodHandle getter, MethodHandle setter) {

    /** The external value of this property of {@code instance}. */
    Object read(Object instance) {
        Object value;
        try {
            value = getter.invokeExact(instance);
        } catch (Throwable e) {
            throw Reflection.rethrow(e, "Reading property " + name + " of " + owner.getName());
        }
        if (value == null) {
            return null;
        }
        try {
            return mapping.toExternal(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where() + ": " + e.getMessage(), e);
        }
    }

    /** The Java value of an external value for this property; null only if the property is not primitive. */
    Object toJava(Object external) {
        if (external == null) {
            if (rawType.isPrimitive()) {
                throw new NullPointerException("Null value appeared in non-nullable field " + name + " ("
                        + rawType.getName() + ") of " + owner.getName() + ": declare it as a boxed type");
            }
            return null;
        }
        try {
            return mapping.fromExternal(external);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where() + ": " + e.getMessage(), e);
        }
    }

    void write(Object instance, Object value) {
        try {
            setter.invokeExact(instance, value);
        } catch (Throwable e) {
            throw Reflection.rethrow(e, "Setting property " + name + " of " + owner.getName());
        }
    }

    String where() {
        return "Property " + name + " of " + owner.getName();
    }
}
