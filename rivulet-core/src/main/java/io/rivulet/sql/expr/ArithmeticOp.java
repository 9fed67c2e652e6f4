package io.rivulet.sql.expr;

/** The binary arithmetic operators: their SQL symbol and the {@code try_} function of their TRY mode. */
public enum ArithmeticOp {
    ADD("+", "try_add"),
    SUBTRACT("-", "try_subtract"),
    MULTIPLY("*", "try_multiply"),
    DIVIDE("/", "try_divide"),
    INTEGRAL_DIVIDE("div", "try_divide"),
    REMAINDER("%", "try_mod"),
    PMOD("pmod", "try_mod");

    private final String symbol;
    private final String tryFunction;

    ArithmeticOp(String symbol, String tryFunction) {
        this.symbol = symbol;
        this.tryFunction = tryFunction;
    }

    public String symbol() {
        return symbol;
    }

    public String tryFunction() {
        return tryFunction;
    }

    /** Whether a zero divisor is an error (ANSI) or a null. */
    public boolean dividesBy() {
        return this == DIVIDE || this == INTEGRAL_DIVIDE || this == REMAINDER || this == PMOD;
    }
}
