package io.rivulet.sql.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.rivulet.sql.AnalysisException;
import io.rivulet.sql.ParseException;
import org.junit.jupiter.api.Test;

/** Errors with positions: each expected message is the one Spark 4.0 gives for the same text. */
class ParseErrorTest {
    static ParseException planError(String sql) {
        return catchThrowableOfType(ParseException.class, () -> SqlParser.parsePlan(sql));
    }

    static ParseException expressionError(String text) {
        return catchThrowableOfType(ParseException.class, () -> SqlParser.parseExpression(text));
    }

    @Test
    void extraInput() {
        ParseException e = planError("select 1 1");
        assertThat(e.getMessage()).isEqualTo("""

                [PARSE_SYNTAX_ERROR] Syntax error at or near '1': extra input '1'. SQLSTATE: 42601 (line 1, pos 9)

                == SQL ==
                select 1 1
                ---------^^^
                """);
        assertThat(e.errorClass()).isEqualTo("PARSE_SYNTAX_ERROR");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.startPosition()).isEqualTo(9);
        assertThat(e.sqlState()).contains("42601");
        assertThat(e).isInstanceOf(AnalysisException.class);
    }

    @Test
    void endOfInput() {
        assertThat(planError("select count(*").getMessage()).isEqualTo("""

                [PARSE_SYNTAX_ERROR] Syntax error at or near end of input. SQLSTATE: 42601 (line 1, pos 14)

                == SQL ==
                select count(*
                --------------^^^
                """);
        assertThat(planError("select 1 as a from").errorMessage())
                .isEqualTo("[PARSE_SYNTAX_ERROR] Syntax error at or near end of input. SQLSTATE: 42601");
        assertThat(planError("select 1 as a from").startPosition()).isEqualTo(18);
    }

    @Test
    void errorsOnLaterLinesPointThere() {
        ParseException e = planError("select *\nfrom r\norder by q\nfrom t");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.startPosition()).isEqualTo(0);
        assertThat(e.getMessage()).isEqualTo("""

                [PARSE_SYNTAX_ERROR] Syntax error at or near 'from'. SQLSTATE: 42601 (line 4, pos 0)

                == SQL ==
                select *
                from r
                order by q
                from t
                ^^^
                """);
        ParseException second = planError("select *\nfrom r as q t");
        assertThat(second.line()).isEqualTo(2);
        assertThat(second.startPosition()).isEqualTo(12);
        assertThat(second.getMessage()).isEqualTo("""

                [PARSE_SYNTAX_ERROR] Syntax error at or near 't': extra input 't'. SQLSTATE: 42601 (line 2, pos 12)

                == SQL ==
                select *
                from r as q t
                ------------^^^
                """);
    }

    @Test
    void mismatchedAndMissingTokens() {
        assertThat(planError("select * from r order by q from t").errorMessage())
                .isEqualTo("[PARSE_SYNTAX_ERROR] Syntax error at or near 'from'. SQLSTATE: 42601");
        assertThat(planError("select * from r order by q from t").startPosition())
                .isEqualTo(27);
        assertThat(planError("select * from a left join_ b on a.id = b.id").errorMessage())
                .isEqualTo("[PARSE_SYNTAX_ERROR] Syntax error at or near 'join_': missing 'JOIN'. SQLSTATE: 42601");
        assertThat(planError("SELECT * FROM test WHERE x NOT NULL").errorMessage())
                .isEqualTo("[PARSE_SYNTAX_ERROR] Syntax error at or near 'NOT'. SQLSTATE: 42601");
        assertThat(planError("select * from test where test.t is like 'test'").errorMessage())
                .isEqualTo("[PARSE_SYNTAX_ERROR] Syntax error at or near 'is'. SQLSTATE: 42601");
        assertThat(planError("select ((r + 1) ").startPosition()).isEqualTo(16);
        assertThat(expressionError("a +").errorMessage())
                .isEqualTo("[PARSE_SYNTAX_ERROR] Syntax error at or near end of input. SQLSTATE: 42601");
        assertThat(expressionError("a ? b").errorMessage())
                .isEqualTo("[PARSE_SYNTAX_ERROR] Syntax error at or near '?'. SQLSTATE: 42601");
    }

    @Test
    void emptyStatements() {
        for (String blank : new String[] {"", "   ", " \n"}) {
            ParseException e = planError(blank);
            assertThat(e.errorClass()).as(blank).isEqualTo("PARSE_EMPTY_STATEMENT");
            assertThat(e.errorMessage())
                    .isEqualTo("[PARSE_EMPTY_STATEMENT] Syntax error, unexpected empty statement. SQLSTATE: 42617");
        }
        // as in Spark, a comment is not blank
        assertThat(planError("-- just a comment").errorMessage())
                .isEqualTo("[PARSE_SYNTAX_ERROR] Syntax error at or near end of input. SQLSTATE: 42601");
        assertThat(planError("").getMessage()).isEqualTo("""

                [PARSE_EMPTY_STATEMENT] Syntax error, unexpected empty statement. SQLSTATE: 42617 (line 1, pos 0)

                == SQL ==

                ^^^
                """);
    }

    @Test
    void invalidIdentifiers() {
        assertThat(planError("SELECT a-b AS a-b FROM t").getMessage()).isEqualTo("""

                [INVALID_IDENTIFIER] The unquoted identifier a-b is invalid and must be back quoted as: `a-b`.
                Unquoted identifiers can only contain ASCII letters ('a' - 'z', 'A' - 'Z'), digits ('0' - '9'), \
                and underbar ('_').
                Unquoted identifiers must also not start with a digit.
                Different data sources and meta stores may impose additional restrictions on valid identifiers. \
                SQLSTATE: 42602 (line 1, pos 15)

                == SQL ==
                SELECT a-b AS a-b FROM t
                ---------------^^^
                """);
        ParseException table = planError("SELECT * FROM table-with-hyphen");
        assertThat(table.errorClass()).isEqualTo("INVALID_IDENTIFIER");
        assertThat(table.startPosition()).isEqualTo(19);
        assertThat(table.getMessage()).contains("identifier table-with-hyphen is invalid");
        // a minus in an expression is a minus
        assertThat(SqlParser.parsePlan("SELECT a-b FROM t").treeString()).contains("('a - 'b)");
        assertThat(planError("SELECT héllo FROM t").errorClass()).isEqualTo("INVALID_IDENTIFIER");
        assertThat(SqlParser.parseExpression("`héllo`").sql()).isEqualTo("`héllo`");
    }

    @Test
    void literalErrorsUnderlineTheLiteral() {
        assertThat(expressionError("DATE 'abc'").getMessage()).isEqualTo("""

                [INVALID_TYPED_LITERAL] The value of the typed literal "DATE" is invalid: 'abc'. SQLSTATE: 42604
                == SQL (line 1, position 1) ==
                DATE 'abc'
                ^^^^^^^^^^
                """);
        assertThat(expressionError("128Y").getMessage()).isEqualTo("""

                [INVALID_NUMERIC_LITERAL_RANGE] Numeric literal 128 is outside the valid range for tinyint with \
                minimum value of -128 and maximum value of 127. Please adjust the value accordingly. SQLSTATE: 22003
                == SQL (line 1, position 1) ==
                128Y
                ^^^^
                """);
        assertThat(expressionError("99999999999999999999L").errorMessage())
                .isEqualTo("[INVALID_NUMERIC_LITERAL_RANGE]"
                        + " Numeric literal 99999999999999999999 is outside the valid range for bigint with minimum value of"
                        + " -9223372036854775808 and maximum value of 9223372036854775807. Please adjust the value"
                        + " accordingly. SQLSTATE: 22003");
        assertThat(expressionError("1e400").errorMessage())
                .isEqualTo(
                        "[INVALID_NUMERIC_LITERAL_RANGE] Numeric"
                                + " literal 1e400 is outside the valid range for double with minimum value of -1.7976931348623157E+308"
                                + " and maximum value of 1.7976931348623157E+308. Please adjust the value accordingly. SQLSTATE: 22003");
        assertThat(expressionError("a + foo 'x'").getMessage()).isEqualTo("""

                [UNSUPPORTED_TYPED_LITERAL] Literals of the type "FOO" are not supported. Supported types are \
                "DATE", "TIMESTAMP_NTZ", "TIMESTAMP_LTZ", "TIMESTAMP", "INTERVAL", "X". SQLSTATE: 0A000
                == SQL (line 1, position 5) ==
                a + foo 'x'
                    ^^^^^^^
                """);
        assertThat(expressionError("a LIKE 'b' ESCAPE 'xy'").getMessage()).isEqualTo("""

                [INVALID_ESC] Found an invalid escape string: 'xy'. The escape string must contain only one \
                character. SQLSTATE: 42604
                == SQL (line 1, position 3) ==
                a LIKE 'b' ESCAPE 'xy'
                  ^^^^^^^^^^^^^^^^^^^^
                """);
        assertThat(expressionError("INTERVAL 1 YEAR 2 DAYS").getMessage()).isEqualTo("""

                Cannot mix year-month and day-time fields: INTERVAL 1 YEAR 2 DAYS.
                == SQL (line 1, position 1) ==
                INTERVAL 1 YEAR 2 DAYS
                ^^^^^^^^^^^^^^^^^^^^^^
                """);
        assertThat(expressionError("12345678901234567890123456789012345678901").errorClass())
                .isEqualTo("DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION");
        assertThat(expressionError("X'0G'").errorClass()).isEqualTo("INVALID_TYPED_LITERAL");
    }

    @Test
    void clauseErrors() {
        assertThat(planError("select * from t order by a sort by b").getMessage())
                .isEqualTo("""

                [UNSUPPORTED_FEATURE.COMBINATION_QUERY_RESULT_CLAUSES] The feature is not supported: Combination \
                of ORDER BY/SORT BY/DISTRIBUTE BY/CLUSTER BY. SQLSTATE: 0A000
                == SQL (line 1, position 17) ==
                select * from t order by a sort by b
                                ^^^^^^^^^^^^^^^^^^^^
                """);
        assertThat(planError("SELECT sum(a) OVER w FROM t WINDOW w AS w2").getMessage())
                .isEqualTo("""

                [INVALID_SQL_SYNTAX.UNRESOLVED_WINDOW_REFERENCE] Invalid SQL syntax: Cannot resolve window \
                reference `w2`. SQLSTATE: 42000
                == SQL (line 1, position 29) ==
                SELECT sum(a) OVER w FROM t WINDOW w AS w2
                                            ^^^^^^^^^^^^^^
                """);
        assertThat(planError("SELECT sum(a) OVER w FROM t").errorClass()).isEqualTo("MISSING_WINDOW_SPECIFICATION");
        assertThat(planError("SELECT a FROM t LIMIT a").errorMessage())
                .isEqualTo("[INVALID_LIMIT_LIKE_EXPRESSION"
                        + ".IS_UNFOLDABLE] The limit like expression \"a\" is invalid. The limit expression must evaluate to a"
                        + " constant value. SQLSTATE: 42K0E");
        assertThat(planError("SELECT a FROM t LIMIT -1").errorClass())
                .isEqualTo("INVALID_LIMIT_LIKE_EXPRESSION.IS_NEGATIVE");
        assertThat(planError("SELECT a FROM t NATURAL JOIN u").errorClass()).isEqualTo("UNSUPPORTED_FEATURE");
        assertThat(planError("WITH q AS (SELECT 1), Q AS (SELECT 2) SELECT * FROM q")
                        .errorClass())
                .isEqualTo("DUPLICATED_CTE_NAMES");
        assertThat(planError("VALUES (1, 2), (3)").errorMessage())
                .isEqualTo("[INVALID_INLINE_TABLE"
                        + ".NUM_COLUMNS_MISMATCH] Invalid inline table. Inline table expected 2 columns but found 1 columns"
                        + " in row 1. SQLSTATE: 42000");
        assertThat(planError("VALUES (1), ('a')").errorClass())
                .isEqualTo("INVALID_INLINE_TABLE.INCOMPATIBLE_TYPES_IN_INLINE_TABLE");
        assertThat(expressionError("sum(a) OVER (ROWS BETWEEN a PRECEDING AND CURRENT ROW)")
                        .getMessage())
                .isEqualTo("""

                        Frame bound value must be a literal..
                        == SQL (line 1, position 27) ==
                        sum(a) OVER (ROWS BETWEEN a PRECEDING AND CURRENT ROW)
                                                  ^^^^^^^^^^^
                        """);
    }

    @Test
    void unclosedComment() {
        ParseException e = planError("SELECT 1 /* never closed");
        assertThat(e.errorMessage())
                .isEqualTo("[UNCLOSED_BRACKETED_COMMENT] Found an unclosed bracketed comment."
                        + " Please, append */ at the end of the comment. SQLSTATE: 42601");
        assertThat(e.getMessage()).isEqualTo("\n" + e.errorMessage() + "\n== SQL ==\nSELECT 1 /* never closed");
        // closed comments, nested ones and line comments are fine; hints are comments for now
        assertThat(SqlParser.parsePlan("SELECT /* a /* nested */ comment */ 1 -- the end\n"))
                .isEqualTo(SqlParser.parsePlan("SELECT 1"));
        assertThat(SqlParser.parsePlan("SELECT /*+ BROADCAST(t) */ 1")).isEqualTo(SqlParser.parsePlan("SELECT 1"));
    }

    @Test
    void excerptsOfLongLinesAreCut() {
        String sql =
                "SELECT aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, DATE 'x', bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
        assertThat(planError(sql).getMessage()).endsWith("""
                == SQL (line 1, position 52) ==
                ...aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, DATE 'x', bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb...
                                                   ^^^^^^^^
                """);
    }
}
