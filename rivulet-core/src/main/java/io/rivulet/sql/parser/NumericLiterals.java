package io.rivulet.sql.parser;

import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.types.DecimalType;
import java.math.BigDecimal;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Numeric literals typed as Spark types them: {@code 1} int, too big for an int a bigint, too big for that a
 * decimal; {@code 1.5} decimal(2,1); {@code 1e10} double; suffixes {@code L} bigint, {@code S} smallint, {@code Y}
 * tinyint, {@code F} float, {@code D} double, {@code BD} decimal. A value out of its type's range is an
 * INVALID_NUMERIC_LITERAL_RANGE error.
 */
final class NumericLiterals {
    private NumericLiterals() {}

    static Literal integer(ParserRuleContext ctx, String text) {
        BigDecimal value = new BigDecimal(text);
        try {
            return Literal.of(value.intValueExact());
        } catch (ArithmeticException notAnInt) {
            try {
                return Literal.of(value.longValueExact());
            } catch (ArithmeticException notALong) {
                return decimal(ctx, value);
            }
        }
    }

    static Literal decimal(ParserRuleContext ctx, BigDecimal value) {
        int scale = Math.max(value.scale(), 0);
        int precision = Math.max(value.precision() - value.scale() + scale, scale);
        if (precision > DecimalType.MAX_PRECISION) {
            throw ParseErrors.at(
                    ctx,
                    "DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION",
                    "Decimal precision " + precision + " exceeds max precision " + DecimalType.MAX_PRECISION + ".",
                    "22003");
        }
        return Literal.of(value);
    }

    static Literal tinyint(ParserRuleContext ctx, String text) {
        String raw = stripSuffix(text, 1);
        checkRange(ctx, raw, Byte.MIN_VALUE, Byte.MAX_VALUE, "tinyint");
        return Literal.of(Byte.parseByte(raw));
    }

    static Literal smallint(ParserRuleContext ctx, String text) {
        String raw = stripSuffix(text, 1);
        checkRange(ctx, raw, Short.MIN_VALUE, Short.MAX_VALUE, "smallint");
        return Literal.of(Short.parseShort(raw));
    }

    static Literal bigint(ParserRuleContext ctx, String text) {
        String raw = stripSuffix(text, 1);
        checkRange(ctx, raw, new BigDecimal(Long.MIN_VALUE), new BigDecimal(Long.MAX_VALUE), "bigint");
        return Literal.of(Long.parseLong(raw));
    }

    static Literal floatLiteral(ParserRuleContext ctx, String text) {
        String raw = stripSuffix(text, 1);
        BigDecimal max = new BigDecimal(Double.toString(Float.MAX_VALUE));
        checkRange(ctx, raw, max.negate(), max, "float");
        return Literal.of(Float.parseFloat(raw));
    }

    static Literal doubleLiteral(ParserRuleContext ctx, String text, int suffix) {
        String raw = stripSuffix(text, suffix);
        BigDecimal max = new BigDecimal(Double.toString(Double.MAX_VALUE));
        checkRange(ctx, raw, max.negate(), max, "double");
        return Literal.of(Double.parseDouble(raw));
    }

    static Literal bigDecimal(ParserRuleContext ctx, String text) {
        return decimal(ctx, new BigDecimal(stripSuffix(text, 2)));
    }

    private static String stripSuffix(String text, int length) {
        return text.substring(0, text.length() - length);
    }

    private static void checkRange(ParserRuleContext ctx, String raw, long min, long max, String typeName) {
        checkRange(ctx, raw, BigDecimal.valueOf(min), BigDecimal.valueOf(max), typeName);
    }

    private static void checkRange(ParserRuleContext ctx, String raw, BigDecimal min, BigDecimal max, String type) {
        BigDecimal value = new BigDecimal(raw);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw ParseErrors.at(
                    ctx,
                    "INVALID_NUMERIC_LITERAL_RANGE",
                    "Numeric literal " + raw
                            + " is outside the valid range for " + type + " with minimum value of " + min
                            + " and maximum value of " + max + ". Please adjust the value accordingly.",
                    "22003");
        }
    }
}
