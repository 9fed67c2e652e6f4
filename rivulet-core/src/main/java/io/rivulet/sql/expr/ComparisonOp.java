package io.rivulet.sql.expr;

/** The comparison operators and their SQL symbols. */
public enum ComparisonOp {
    EQUAL("="),
    NULL_SAFE_EQUAL("<=>"),
    LESS("<"),
    LESS_OR_EQUAL("<="),
    GREATER(">"),
    GREATER_OR_EQUAL(">=");

    private final String symbol;

    ComparisonOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether the operator orders values rather than testing equality. */
    public boolean ordering() {
        return this != EQUAL && this != NULL_SAFE_EQUAL;
    }

    /** Whether a comparison result {@code sign} (negative, zero, positive) satisfies the operator. */
    public boolean test(int sign) {
        return switch (this) {
            case EQUAL, NULL_SAFE_EQUAL -> sign == 0;
            case LESS -> sign < 0;
            case LESS_OR_EQUAL -> sign <= 0;
            case GREATER -> sign > 0;
            case GREATER_OR_EQUAL -> sign >= 0;
        };
    }

    /** The operator with its operands swapped: {@code a < b} is {@code b > a}. */
    public ComparisonOp flip() {
        return switch (this) {
            case LESS -> GREATER;
            case LESS_OR_EQUAL -> GREATER_OR_EQUAL;
            case GREATER -> LESS;
            case GREATER_OR_EQUAL -> LESS_OR_EQUAL;
            default -> this;
        };
    }
}
