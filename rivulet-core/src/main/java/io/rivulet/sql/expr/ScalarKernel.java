package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The definition of a {@link ScalarFunction}: its name, the types its arguments are cast to, its result type, and
 * the function of one row's external values ({@code String}, {@code Integer}, {@code LocalDate}, {@code List}, ...)
 * to the external result (null for SQL NULL). Kernels are for the many functions whose work per row is a string or
 * date operation anyway; the hot numeric and string functions have vector kernels of their own.
 */
final class ScalarKernel {
    /** The work on one row. {@code args[i]} is the external value of argument {@code i} (never null when {@link #nullIntolerant}). */
    interface RowFunction {
        Object apply(Object[] args, State state);
    }

    /** Per evaluation: the node (for errors), the context (zone, mode) and a cache (compiled patterns). */
    static final class State {
        final ScalarFunction node;
        final EvalContext context;
        private final Map<Object, Object> cache = new HashMap<>();

        State(ScalarFunction node, EvalContext context) {
            this.node = node;
            this.context = context;
        }

        /** The compiled regular expression, once per distinct pattern; invalid patterns name {@code parameter}. */
        Pattern regex(String regex, String parameter) {
            Object cached = cache.get(regex);
            if (cached instanceof Pattern pattern) {
                return pattern;
            }
            try {
                Pattern pattern = Pattern.compile(regex);
                cache.put(regex, pattern);
                return pattern;
            } catch (java.util.regex.PatternSyntaxException e) {
                throw Errors.invalidParameter(parameter, node.name(), e.getDescription(), node);
            }
        }

        @SuppressWarnings("unchecked")
        <T> T cached(Object key, Function<Object, T> make) {
            return (T) cache.computeIfAbsent(key, make);
        }
    }

    final String name;
    final Function<List<DataType>, List<ExpectedType>> inputTypes;
    final Function<List<DataType>, DataType> resultType;
    final RowFunction function;
    final int minArgs;
    int maxArgs;
    boolean nullIntolerant = true;
    boolean mayGiveNull;
    boolean mayRaise;
    boolean deterministic = true;
    Function<ScalarFunction, Optional<String>> extraCheck = f -> Optional.empty();

    private ScalarKernel(
            String name,
            int minArgs,
            int maxArgs,
            Function<List<DataType>, List<ExpectedType>> inputTypes,
            Function<List<DataType>, DataType> resultType,
            RowFunction function) {
        this.name = name;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
        this.inputTypes = inputTypes;
        this.resultType = resultType;
        this.function = function;
    }

    /** A kernel of fixed argument types. */
    static ScalarKernel of(String name, List<ExpectedType> inputs, DataType result, RowFunction function) {
        return new ScalarKernel(name, inputs.size(), inputs.size(), t -> inputs, t -> result, function);
    }

    /** A kernel whose result type depends on the argument types. */
    static ScalarKernel of(
            String name, List<ExpectedType> inputs, Function<List<DataType>, DataType> result, RowFunction function) {
        return new ScalarKernel(name, inputs.size(), inputs.size(), t -> inputs, result, function);
    }

    /** A kernel of any number of arguments from {@code minArgs}, each expected as {@code each}. */
    static ScalarKernel varargs(
            String name,
            int minArgs,
            Function<List<DataType>, List<ExpectedType>> inputs,
            Function<List<DataType>, DataType> result,
            RowFunction function) {
        return new ScalarKernel(name, minArgs, Integer.MAX_VALUE, inputs, result, function);
    }

    /** {@code count} copies of {@code type}. */
    static List<ExpectedType> repeat(ExpectedType type, int count) {
        List<ExpectedType> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(type);
        }
        return out;
    }

    /** The function sees null arguments (it decides what a null gives). */
    ScalarKernel acceptsNulls() {
        nullIntolerant = false;
        mayGiveNull = true;
        return this;
    }

    /** The function may give null for non-null arguments. */
    ScalarKernel givesNull() {
        mayGiveNull = true;
        return this;
    }

    /** The function may raise an error for some rows (so conditional nodes evaluate it only where needed). */
    ScalarKernel raises() {
        mayRaise = true;
        return this;
    }

    /** Takes at most {@code max} arguments. */
    ScalarKernel upTo(int max) {
        this.maxArgs = max;
        return this;
    }

    ScalarKernel nondeterministic() {
        deterministic = false;
        return this;
    }

    ScalarKernel check(Function<ScalarFunction, Optional<String>> check) {
        this.extraCheck = check;
        return this;
    }
}
