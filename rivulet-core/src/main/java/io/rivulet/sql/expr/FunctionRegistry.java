package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The functions a session knows by name, as Spark's {@code FunctionRegistry}: the built-ins ({@link
 * BuiltinFunctions}, including the operator names the parser and {@code Column} emit: {@code +}, {@code =},
 * {@code and}, {@code isnull}, {@code when}, ...) and the user's UDFs, which replace a built-in of the same name
 * as Spark's temporary functions do. Names are case-insensitive. Thread-safe: a UDF may be registered while
 * queries run.
 */
public final class FunctionRegistry {
    /** Builds the node of one call from its (name-resolved) arguments. */
    @FunctionalInterface
    public interface Builder {
        /**
         * The node of {@code name(arguments)}; {@code distinct} for {@code name(DISTINCT ...)}. Throws the {@link
         * io.rivulet.sql.AnalysisException} that says why when the function does not take these arguments
         * ({@code [WRONG_NUM_ARGS]}, or {@code DISTINCT} given to a function that is not an aggregate).
         */
        Expression build(String name, List<Expression> arguments, boolean distinct);
    }

    private final Map<String, Builder> builders = new ConcurrentHashMap<>();

    private FunctionRegistry() {}

    /**
     * A registry of the built-in functions alone, whose nodes that can fail at run time take {@code mode} (the
     * session's {@code rivulet.sql.ansi.enabled}): each session gets its own, for its UDFs.
     */
    public static FunctionRegistry builtin(EvalMode mode) {
        FunctionRegistry registry = new FunctionRegistry();
        BuiltinFunctions.registerAll(registry, mode);
        return registry;
    }

    /** The built-ins in ANSI mode, Spark 4's default. */
    public static FunctionRegistry builtin() {
        return builtin(EvalMode.ANSI);
    }

    /** An empty registry (tests of the registry's own behaviour). */
    public static FunctionRegistry empty() {
        return new FunctionRegistry();
    }

    /** Registers {@code builder} under {@code name}, replacing what had that name. */
    public void register(String name, Builder builder) {
        requireNonNull(name, "name is null");
        requireNonNull(builder, "builder is null");
        builders.put(key(name), builder);
    }

    /** The node of {@code name(arguments)}; empty when no function has that name. */
    public Optional<Expression> lookup(String name, List<Expression> arguments, boolean distinct) {
        Builder builder = builders.get(key(name));
        return builder == null ? Optional.empty() : Optional.of(builder.build(name, arguments, distinct));
    }

    public boolean exists(String name) {
        return builders.containsKey(key(name));
    }

    /** The registered names, sorted (for {@code SHOW FUNCTIONS} and suggestions). */
    public Set<String> names() {
        return new TreeSet<>(builders.keySet());
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
