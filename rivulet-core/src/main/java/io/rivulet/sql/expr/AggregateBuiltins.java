package io.rivulet.sql.expr;

/** The built-in aggregate, window and generator functions, under Spark's names. */
final class AggregateBuiltins {
    private AggregateBuiltins() {}

    static void register(FunctionRegistry registry, EvalMode mode) {
        // filled function by function
    }
}
