package io.rivulet.sql.parser;

import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.parser.RivuletSqlParser.IntervalValueContext;
import io.rivulet.sql.parser.RivuletSqlParser.TypeConstructorContext;
import io.rivulet.sql.types.DataTypes;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** {@code DATE '...'}, {@code TIMESTAMP '...'}, {@code TIMESTAMP_NTZ '...'}, {@code X'0A'}, {@code INTERVAL ...}. */
final class TypedLiterals {
    private TypedLiterals() {}

    static Expression of(TypeConstructorContext ctx, String value, ZoneId zone) {
        RivuletSqlParser.LiteralTypeContext type = ctx.literalType();
        if (type.unsupportedType != null) {
            throw ParseErrors.at(
                    ctx,
                    "UNSUPPORTED_TYPED_LITERAL",
                    "Literals of the type "
                            + ParseErrors.sqlType(type.getText()) + " are not supported. Supported types are \"DATE\","
                            + " \"TIMESTAMP_NTZ\", \"TIMESTAMP_LTZ\", \"TIMESTAMP\", \"INTERVAL\", \"X\".",
                    "0A000");
        }
        switch (type.getStart().getType()) {
            case RivuletSqlLexer.DATE:
                Optional<LocalDate> date = DateTimeLiterals.date(value, zone);
                return Literal.of(date.orElseThrow(() -> invalid(ctx, value)));
            case RivuletSqlLexer.TIMESTAMP:
            case RivuletSqlLexer.TIMESTAMP_LTZ:
                long micros = DateTimeLiterals.timestamp(value, zone).orElseThrow(() -> invalid(ctx, value));
                return new Literal(micros, DataTypes.TimestampType);
            case RivuletSqlLexer.TIMESTAMP_NTZ:
                long wallClock = DateTimeLiterals.timestampNtz(value, zone).orElseThrow(() -> invalid(ctx, value));
                return new Literal(wallClock, DataTypes.TimestampNTZType);
            case RivuletSqlLexer.INTERVAL:
                return IntervalLiterals.ofString(ctx, value);
            default:
                return Literal.of(unhex(ctx, value));
        }
    }

    private static io.rivulet.sql.ParseException invalid(TypeConstructorContext ctx, String value) {
        return ParseErrors.at(
                ctx,
                "INVALID_TYPED_LITERAL",
                "The value of the typed literal "
                        + ParseErrors.sqlType(ctx.literalType().getText()) + " is invalid: "
                        + ParseErrors.sqlString(value)
                        + ".",
                "42604");
    }

    /** {@code X'0A'}; an odd number of digits as if led by a 0 ({@code X'A'} is {@code X'0A'}), as Spark's. */
    private static byte[] unhex(TypeConstructorContext ctx, String value) {
        String digits = value.length() % 2 == 0 ? value : "0" + value;
        byte[] bytes = new byte[digits.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            int high = Character.digit(digits.charAt(2 * i), 16);
            int low = Character.digit(digits.charAt(2 * i + 1), 16);
            if (high < 0 || low < 0) {
                throw ParseErrors.at(
                        ctx,
                        "INVALID_TYPED_LITERAL",
                        "The value of the typed literal \"X\" is invalid: " + ParseErrors.sqlString(value) + ".",
                        "42604");
            }
            bytes[i] = (byte) (high << 4 | low);
        }
        return bytes;
    }

    /** {@code INTERVAL 1 DAY 2 HOURS}, {@code INTERVAL '1-2' YEAR TO MONTH}. */
    static Expression interval(RivuletSqlParser.IntervalContext ctx) {
        if (ctx.unitToUnitInterval() != null) {
            RivuletSqlParser.UnitToUnitIntervalContext body = ctx.unitToUnitInterval();
            IntervalValueContext value = body.value;
            if (value.stringLit() == null) {
                throw IntervalLiterals.invalid(ctx, value.getText());
            }
            return IntervalLiterals.ofUnitToUnit(
                    ctx,
                    StringLiterals.string(value.stringLit()),
                    body.from.getText(),
                    body.to.getText(),
                    value.MINUS() != null);
        }
        RivuletSqlParser.MultiUnitsIntervalContext body = ctx.multiUnitsInterval();
        IntervalLiterals.Builder builder = new IntervalLiterals.Builder(ctx);
        for (int i = 0; i < body.unit.size(); i++) {
            builder.add(
                    intervalValue(ctx, body.intervalValue(i)), body.unit.get(i).getText());
        }
        return builder.build();
    }

    /** A value with its sign: {@code -'1'} is {@code -1}, {@code -'-1'} is {@code 1}. */
    private static String intervalValue(RivuletSqlParser.IntervalContext ctx, IntervalValueContext value) {
        boolean negate = value.MINUS() != null;
        if (value.stringLit() == null) {
            String number = value.INTEGER_VALUE() != null
                    ? value.INTEGER_VALUE().getText()
                    : value.DECIMAL_VALUE().getText();
            return (negate ? "-" : "") + number;
        }
        String text = StringLiterals.string(value.stringLit()).trim();
        if (text.chars().anyMatch(Character::isLetter)) {
            throw IntervalLiterals.invalid(ctx, text);
        }
        if (!negate) {
            return text;
        }
        return text.startsWith("-") ? text.substring(1) : "-" + text.toLowerCase(Locale.ROOT);
    }
}
