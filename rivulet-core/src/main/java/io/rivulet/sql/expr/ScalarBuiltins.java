package io.rivulet.sql.expr;

/** The built-in scalar functions: strings, math, dates, collections, hashes, nested values, under Spark's names. */
final class ScalarBuiltins {
    private ScalarBuiltins() {}

    static void register(FunctionRegistry registry, EvalMode mode) {
        // filled function by function
    }
}
