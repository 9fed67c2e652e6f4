package io.rivulet.sql.expr;

/** The built-in operators and conditionals: arithmetic, comparisons, logic, predicates, casts, CASE, under Spark's names. */
final class OperatorBuiltins {
    private OperatorBuiltins() {}

    static void register(FunctionRegistry registry, EvalMode mode) {
        // filled function by function
    }
}
