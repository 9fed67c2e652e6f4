package io.rivulet.sql.parser;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.ParseException;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.StructType;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The SQL parser's entry points: SQL text to unresolved plans, expressions, types and schemas, for {@code
 * rv.sql(..)}, {@code selectExpr}, {@code expr(..)}, {@code filter(String)}, {@code .schema("a INT, b STRING")}
 * and {@code StructType.fromDDL}.
 *
 * <p>How a parse goes (as Spark's {@code AbstractParser}): the lexer and the parser are made for each call (the
 * methods are thread-safe; ANTLR's prediction caches are shared and safe to share); the parser first runs in SLL
 * mode, which is fast and right for nearly every valid input, bailing out at its first error; only then is the
 * input parsed again in full LL mode, whose first error is the one reported ({@link SyntaxErrorStrategy}). The
 * tree is then built into Rivulet's nodes by an {@link AstBuilder}, which throws {@link ParseException}s of its own
 * for what the grammar accepts but the language does not (a literal out of range, {@code ORDER BY} with {@code
 * CLUSTER BY}, ...).
 */
public final class SqlParser {
    private SqlParser() {}

    /** An expression as {@code expr("a + 1 AS b")} takes it: an {@code Alias} when it names itself. */
    public static Expression parseExpression(String text) {
        return parseExpression(text, ParserOptions.DEFAULT);
    }

    public static Expression parseExpression(String text, ParserOptions options) {
        return parse(text, options, RivuletSqlParser::singleExpression, AstBuilder::visitSingleExpression);
    }

    /** A statement (a query for now), as {@code rv.sql(..)} takes it: one statement, trailing semicolons allowed. */
    public static LogicalPlan parsePlan(String sql) {
        return parsePlan(sql, ParserOptions.DEFAULT);
    }

    public static LogicalPlan parsePlan(String sql, ParserOptions options) {
        return parse(sql, options, RivuletSqlParser::singleStatement, AstBuilder::visitSingleStatement);
    }

    /** A type as SQL writes it: {@code BIGINT}, {@code DECIMAL(10,2)}, {@code ARRAY<STRUCT<a: INT>>}. */
    public static DataType parseDataType(String text) {
        return parse(text, ParserOptions.DEFAULT, RivuletSqlParser::singleDataType, AstBuilder::visitSingleDataType);
    }

    /** A table schema in DDL: {@code a INT NOT NULL, b STRING COMMENT 'the name'}. */
    public static StructType parseTableSchema(String ddl) {
        return parse(
                ddl, ParserOptions.DEFAULT, RivuletSqlParser::singleTableSchema, AstBuilder::visitSingleTableSchema);
    }

    private static <C extends ParserRuleContext, T> T parse(
            String command,
            ParserOptions options,
            Function<RivuletSqlParser, C> rule,
            BiFunction<AstBuilder, C, T> build) {
        requireNonNull(command, "the SQL text is null");
        requireNonNull(options, "options is null");
        RivuletSqlLexer lexer = new RivuletSqlLexer(CharStreams.fromString(command));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        RivuletSqlParser parser = new RivuletSqlParser(tokens);
        parser.removeErrorListeners();
        C tree;
        try {
            parser.setErrorHandler(new BailErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            tree = rule.apply(parser);
        } catch (ParseCancellationException sllFailed) {
            tokens.seek(0);
            parser.reset();
            parser.setErrorHandler(new SyntaxErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                tree = rule.apply(parser);
            } catch (ParseException e) {
                throw emptyStatementIfBlank(e, command);
            }
        }
        checkUnclosedComment(lexer, tokens);
        return build.apply(new AstBuilder(options), tree);
    }

    /** A syntax error in blank text is Spark's PARSE_EMPTY_STATEMENT. */
    private static ParseException emptyStatementIfBlank(ParseException e, String command) {
        if (!e.errorClass().equals("PARSE_SYNTAX_ERROR") || !command.trim().isEmpty()) {
            return e;
        }
        return new ParseException(
                "PARSE_EMPTY_STATEMENT",
                "Syntax error, unexpected empty statement.",
                "42617",
                command,
                e.line(),
                e.startPosition(),
                -1,
                -1);
    }

    private static void checkUnclosedComment(RivuletSqlLexer lexer, CommonTokenStream tokens) {
        if (!lexer.hasUnclosedBracketedComment) {
            return;
        }
        Token comment = tokens.get(Math.max(0, tokens.size() - 2));
        throw ParseErrors.atToken(
                comment,
                "UNCLOSED_BRACKETED_COMMENT",
                "Found an unclosed bracketed comment. Please, append */ at the end of the comment.",
                "42601");
    }
}
