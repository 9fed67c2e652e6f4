package io.rivulet.sql.beans;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;

/** Method handles of getters, setters and constructors, made accessible, typed on {@code Object}. */
final class Reflection {
    private Reflection() {}

    /** {@code (Object) -> Object}. */
    static MethodHandle getter(Method method) {
        return unreflect(method).asType(MethodType.methodType(Object.class, Object.class));
    }

    /** {@code (Object, Object) -> void}. */
    static MethodHandle setter(Method method) {
        return unreflect(method).asType(MethodType.methodType(void.class, Object.class, Object.class));
    }

    /** {@code (Object[]) -> Object}: the constructor's arguments spread from an array. */
    static MethodHandle constructor(Constructor<?> constructor) {
        try {
            constructor.setAccessible(true);
            MethodHandle handle = MethodHandles.lookup().unreflectConstructor(constructor);
            return handle.asSpreader(Object[].class, constructor.getParameterCount())
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "Cannot call the constructor of "
                            + constructor.getDeclaringClass().getName(),
                    e);
        }
    }

    private static MethodHandle unreflect(Method method) {
        try {
            method.setAccessible(true);
            return MethodHandles.lookup().unreflect(method);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "Cannot call " + method.getName() + " of "
                            + method.getDeclaringClass().getName(),
                    e);
        }
    }

    /** Unchecked exceptions of user code as they are; checked ones wrapped, saying what was being done. */
    static RuntimeException rethrow(Throwable e, String doing) {
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(doing + " failed", e);
    }
}
