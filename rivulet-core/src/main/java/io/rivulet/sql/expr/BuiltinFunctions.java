package io.rivulet.sql.expr;

/**
 * The built-in functions under Spark's names, operators included ({@code +}, {@code =}, {@code and}, ...: the
 * names the parser and {@code Column} emit).
 */
final class BuiltinFunctions {
    private BuiltinFunctions() {}

    static void registerAll(FunctionRegistry registry) {
        // filled function by function; each entry checks its arguments' count
    }
}
