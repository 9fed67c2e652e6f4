/**
 * Internal: the SQL parser. One ANTLR 4 grammar of Spark's SQL dialect ({@code src/main/antlr4/.../RivuletSql.g4},
 * from which the build generates {@code RivuletSqlLexer}, {@code RivuletSqlParser} and the visitor base), the AST
 * builders that turn its trees into unresolved plans and expressions ({@code DataTypeBuilder} &larr; {@code
 * ExpressionBuilder} &larr; {@code AstBuilder}, as Spark's), and {@link io.rivulet.sql.parser.SqlParser}, the entry
 * points. Errors are {@link io.rivulet.sql.ParseException}s with Spark's messages.
 *
 * <p>To add a statement: an alternative of {@code statement} in the grammar (its keywords in the lexer and in
 * {@code nonReserved}), a {@code visit} method in {@code AstBuilder} building its plan node, a golden test.
 */
package io.rivulet.sql.parser;
