package io.rivulet.sql.expr;

/**
 * The built-in functions under Spark's names, operators included ({@code +}, {@code =}, {@code and}, ...: the
 * names the parser and {@code Column} emit). Each family registers itself; each entry checks its arguments' count
 * ({@link Arity}).
 */
final class BuiltinFunctions {
    private BuiltinFunctions() {}

    static void registerAll(FunctionRegistry registry, EvalMode mode) {
        OperatorBuiltins.register(registry, mode);
        ScalarBuiltins.register(registry, mode);
        AggregateBuiltins.register(registry, mode);
    }
}
