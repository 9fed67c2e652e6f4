package io.rivulet.sql.parser;

import io.rivulet.sql.ParseException;
import java.util.Locale;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/** The parser's errors, with Spark's error classes, messages and SQL states, at the offending text. */
final class ParseErrors {
    private ParseErrors() {}

    /** An error at a token, shown as Spark shows syntax errors: {@code (line 1, pos 7)} and a {@code ^^^}. */
    static ParseException atToken(Token token, String errorClass, String description, String sqlState) {
        return new ParseException(
                errorClass,
                description,
                sqlState,
                command(token.getInputStream()),
                token.getLine(),
                token.getCharPositionInLine(),
                -1,
                -1);
    }

    static ParseException syntaxError(Token token, String error, String hint) {
        return atToken(token, "PARSE_SYNTAX_ERROR", "Syntax error at or near " + error + hint + ".", "42601");
    }

    /** An error about a whole construct, underlined as Spark's query context does. */
    static ParseException at(ParserRuleContext ctx, String errorClass, String description, String sqlState) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop() == null ? start : ctx.getStop();
        int stopIndex = Math.max(stop.getStopIndex(), start.getStartIndex());
        return new ParseException(
                errorClass,
                description,
                sqlState,
                command(start.getInputStream()),
                start.getLine(),
                start.getCharPositionInLine(),
                start.getStartIndex(),
                stopIndex);
    }

    /** A feature of Spark's SQL that Rivulet does not have yet. */
    static ParseException unsupported(ParserRuleContext ctx, String feature) {
        return at(ctx, "UNSUPPORTED_FEATURE", "The feature is not supported: " + feature + ".", "0A000");
    }

    static ParseException invalidIdentifier(ParserRuleContext ctx, String identifier) {
        return atToken(
                ctx.getStart(),
                "INVALID_IDENTIFIER",
                "The unquoted identifier " + identifier + " is invalid and must be back quoted as: `" + identifier
                        + "`.\nUnquoted identifiers can only contain ASCII letters ('a' - 'z', 'A' - 'Z'), digits "
                        + "('0' - '9'), and underbar ('_').\nUnquoted identifiers must also not start with a digit."
                        + "\nDifferent data sources and meta stores may impose additional restrictions on valid "
                        + "identifiers.",
                "42602");
    }

    /** Spark's {@code toSQLType} of a type's name: {@code "DATE"}. */
    static String sqlType(String name) {
        return "\"" + name.toUpperCase(Locale.ROOT) + "\"";
    }

    /** Spark's {@code toSQLValue} of a string: {@code 'it\'s'}. */
    static String sqlString(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String command(CharStream stream) {
        return stream.getText(Interval.of(0, stream.size() - 1));
    }
}
