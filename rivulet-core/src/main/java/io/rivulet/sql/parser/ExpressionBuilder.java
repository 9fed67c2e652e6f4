package io.rivulet.sql.parser;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.Cast;
import io.rivulet.sql.expr.EvalMode;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.LambdaFunction;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.expr.UnresolvedAttribute;
import io.rivulet.sql.expr.UnresolvedExtractValue;
import io.rivulet.sql.expr.UnresolvedFunction;
import io.rivulet.sql.expr.UnresolvedNamedLambdaVariable;
import io.rivulet.sql.expr.UnresolvedStar;
import io.rivulet.sql.expr.WindowExpression;
import io.rivulet.sql.expr.WindowSpecDefinition;
import io.rivulet.sql.parser.RivuletSqlParser.ArithmeticBinaryContext;
import io.rivulet.sql.parser.RivuletSqlParser.ArithmeticUnaryContext;
import io.rivulet.sql.parser.RivuletSqlParser.ComparisonContext;
import io.rivulet.sql.parser.RivuletSqlParser.FunctionCallContext;
import io.rivulet.sql.parser.RivuletSqlParser.PredicateContext;
import io.rivulet.sql.types.DataTypes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Expressions: operators become {@link UnresolvedFunction}s named as Spark's {@code FunctionRegistry} registers
 * them ({@code +}, {@code =}, {@code and}, {@code not}, {@code isnull}, {@code in}, {@code like}, {@code
 * between}, {@code when}, {@code concat}, {@code negative}, ...), so that the analyzer resolves the SQL and the
 * DataFrame API's calls one way; {@code a != b} is {@code not(a = b)}, {@code a IS DISTINCT FROM b} {@code
 * not(a <=> b)} and {@code CASE x WHEN v ...} {@code when(x = v, ...)}, as Spark's parser builds them. Column
 * names stay as written ({@code a.b} is one attribute of two parts: the analyzer decides what names a relation,
 * a column and a field); {@code a[0]}, {@code m['k']} and a field of anything else are {@link
 * UnresolvedExtractValue}s. Literals: {@link NumericLiterals}, {@link StringLiterals}, {@link DateTimeLiterals},
 * {@link IntervalLiterals}.
 */
class ExpressionBuilder extends DataTypeBuilder {
    final ParserOptions options;
    /** The WINDOW clauses in scope, innermost first: {@code OVER w} takes its definition from there. */
    final Deque<Map<String, WindowSpecDefinition>> windowScopes = new ArrayDeque<>();

    ExpressionBuilder(ParserOptions options) {
        this.options = options;
    }

    Expression expression(ParserRuleContext ctx) {
        return (Expression) visit(ctx);
    }

    List<Expression> expressions(List<? extends ParserRuleContext> contexts) {
        List<Expression> result = new ArrayList<>(contexts.size());
        for (ParserRuleContext ctx : contexts) {
            result.add(expression(ctx));
        }
        return result;
    }

    static UnresolvedFunction call(String name, Expression... arguments) {
        return UnresolvedFunction.of(name, arguments);
    }

    static UnresolvedFunction call(String name, List<Expression> arguments) {
        return new UnresolvedFunction(name, arguments, false);
    }

    @Override
    public Expression visitSingleExpression(RivuletSqlParser.SingleExpressionContext ctx) {
        return expression(ctx.namedExpression());
    }

    /** {@code x AS name} is an {@link Alias}; {@code x} alone stays as it is. */
    @Override
    public Expression visitNamedExpression(RivuletSqlParser.NamedExpressionContext ctx) {
        Expression child = expression(ctx.expression());
        if (ctx.name != null) {
            return Alias.of(child, identifier(ctx.name));
        }
        if (ctx.identifierList() != null) {
            throw ParseErrors.unsupported(ctx, "an alias of several names (x AS (a, b))");
        }
        return child;
    }

    @Override
    public Expression visitExpression(RivuletSqlParser.ExpressionContext ctx) {
        return expression(ctx.booleanExpression());
    }

    @Override
    public Expression visitLogicalNot(RivuletSqlParser.LogicalNotContext ctx) {
        return call("not", expression(ctx.booleanExpression()));
    }

    @Override
    public Expression visitLogicalBinary(RivuletSqlParser.LogicalBinaryContext ctx) {
        String name = ctx.operator.getType() == RivuletSqlLexer.AND ? "and" : "or";
        return call(name, expression(ctx.left), expression(ctx.right));
    }

    @Override
    public Expression visitPredicated(RivuletSqlParser.PredicatedContext ctx) {
        Expression value = expression(ctx.valueExpression());
        return ctx.predicate() == null ? value : withPredicate(value, ctx.predicate());
    }

    private Expression withPredicate(Expression e, PredicateContext ctx) {
        boolean not = ctx.errorCapturingNot() != null;
        switch (ctx.kind.getType()) {
            case RivuletSqlLexer.BETWEEN:
                return negateIf(not, call("between", e, expression(ctx.lower), expression(ctx.upper)));
            case RivuletSqlLexer.IN:
                List<Expression> arguments = new ArrayList<>();
                arguments.add(e);
                arguments.addAll(expressions(ctx.expression()));
                return negateIf(not, call("in", arguments));
            case RivuletSqlLexer.RLIKE:
                return negateIf(not, call("rlike", e, expression(ctx.pattern)));
            case RivuletSqlLexer.LIKE:
            case RivuletSqlLexer.ILIKE:
                return negateIf(not, like(e, ctx));
            case RivuletSqlLexer.NULL:
                return call(not ? "isnotnull" : "isnull", e);
            case RivuletSqlLexer.TRUE:
                return negateIf(not, call("<=>", e, Literal.TRUE));
            case RivuletSqlLexer.FALSE:
                return negateIf(not, call("<=>", e, Literal.FALSE));
            case RivuletSqlLexer.UNKNOWN:
                return call(not ? "isnotnull" : "isnull", e);
            default: // IS [NOT] DISTINCT FROM
                Expression equal = call("<=>", e, expression(ctx.right));
                return not ? equal : call("not", equal);
        }
    }

    private Expression like(Expression e, PredicateContext ctx) {
        String name = ctx.kind.getType() == RivuletSqlLexer.LIKE ? "like" : "ilike";
        Expression pattern = expression(ctx.pattern);
        if (ctx.escapeChar == null) {
            return call(name, e, pattern);
        }
        String escape = StringLiterals.string(ctx.escapeChar);
        if (escape.length() != 1) {
            throw ParseErrors.at(
                    ctx,
                    "INVALID_ESC",
                    "Found an invalid escape string: " + ParseErrors.sqlString(escape)
                            + ". The escape string must contain only one character.",
                    "42604");
        }
        return call(name, e, pattern, Literal.of(escape));
    }

    private static Expression negateIf(boolean not, Expression e) {
        return not ? call("not", e) : e;
    }

    @Override
    public Expression visitValueExpressionDefault(RivuletSqlParser.ValueExpressionDefaultContext ctx) {
        return expression(ctx.primaryExpression());
    }

    @Override
    public Expression visitArithmeticBinary(ArithmeticBinaryContext ctx) {
        Expression left = expression(ctx.left);
        Expression right = expression(ctx.right);
        String name = switch (ctx.operator.getType()) {
            case RivuletSqlLexer.ASTERISK -> "*";
            case RivuletSqlLexer.SLASH -> "/";
            case RivuletSqlLexer.PERCENT -> "%";
            case RivuletSqlLexer.DIV -> "div";
            case RivuletSqlLexer.PLUS -> "+";
            case RivuletSqlLexer.MINUS -> "-";
            case RivuletSqlLexer.CONCAT_PIPE -> "concat";
            case RivuletSqlLexer.AMPERSAND -> "&";
            case RivuletSqlLexer.HAT -> "^";
            default -> "|";
        };
        return call(name, left, right);
    }

    @Override
    public Expression visitArithmeticUnary(ArithmeticUnaryContext ctx) {
        Expression value = expression(ctx.valueExpression());
        return switch (ctx.operator.getType()) {
            case RivuletSqlLexer.PLUS -> call("positive", value);
            case RivuletSqlLexer.MINUS -> call("negative", value);
            default -> call("~", value);
        };
    }

    @Override
    public Expression visitComparison(ComparisonContext ctx) {
        Expression left = expression(ctx.left);
        Expression right = expression(ctx.right);
        return switch (ctx.comparisonOperator().getStart().getType()) {
            case RivuletSqlLexer.EQ -> call("=", left, right);
            case RivuletSqlLexer.NSEQ -> call("<=>", left, right);
            case RivuletSqlLexer.NEQ, RivuletSqlLexer.NEQJ -> call("not", call("=", left, right));
            case RivuletSqlLexer.LT -> call("<", left, right);
            case RivuletSqlLexer.LTE -> call("<=", left, right);
            case RivuletSqlLexer.GT -> call(">", left, right);
            default -> call(">=", left, right);
        };
    }

    // ---- primary expressions ------------------------------------------------------------------------

    /** {@code CASE WHEN c1 THEN v1 ... ELSE e END}: {@code when(c1, v1, ..., e)}. */
    @Override
    public Expression visitSearchedCase(RivuletSqlParser.SearchedCaseContext ctx) {
        List<Expression> arguments = new ArrayList<>();
        for (RivuletSqlParser.WhenClauseContext when : ctx.whenClause()) {
            arguments.add(expression(when.condition));
            arguments.add(expression(when.result));
        }
        if (ctx.elseExpression != null) {
            arguments.add(expression(ctx.elseExpression));
        }
        return call("when", arguments);
    }

    /** {@code CASE x WHEN v1 THEN r1 ... END}: {@code when(x = v1, r1, ...)}. */
    @Override
    public Expression visitSimpleCase(RivuletSqlParser.SimpleCaseContext ctx) {
        Expression value = expression(ctx.value);
        List<Expression> arguments = new ArrayList<>();
        for (RivuletSqlParser.WhenClauseContext when : ctx.whenClause()) {
            arguments.add(call("=", value, expression(when.condition)));
            arguments.add(expression(when.result));
        }
        if (ctx.elseExpression != null) {
            arguments.add(expression(ctx.elseExpression));
        }
        return call("when", arguments);
    }

    @Override
    public Expression visitCast(RivuletSqlParser.CastContext ctx) {
        EvalMode mode = ctx.name.getType() == RivuletSqlLexer.TRY_CAST ? EvalMode.TRY : EvalMode.of(options.ansi());
        return new Cast(expression(ctx.expression()), dataType(ctx.dataType()), mode);
    }

    @Override
    public Expression visitCastByColon(RivuletSqlParser.CastByColonContext ctx) {
        return new Cast(expression(ctx.primaryExpression()), dataType(ctx.dataType()), EvalMode.of(options.ansi()));
    }

    /** {@code struct(a, b AS c)}: the struct function over named expressions (fields {@code a} and {@code c}). */
    @Override
    public Expression visitStruct(RivuletSqlParser.StructContext ctx) {
        return call("struct", expressions(ctx.argument));
    }

    @Override
    public Expression visitRowConstructor(RivuletSqlParser.RowConstructorContext ctx) {
        return call("struct", expressions(ctx.namedExpression()));
    }

    @Override
    public Expression visitFirst(RivuletSqlParser.FirstContext ctx) {
        Expression value = expression(ctx.expression());
        return ctx.IGNORE() == null ? call("first", value) : call("first", value, Literal.TRUE);
    }

    @Override
    public Expression visitLast(RivuletSqlParser.LastContext ctx) {
        Expression value = expression(ctx.expression());
        return ctx.IGNORE() == null ? call("last", value) : call("last", value, Literal.TRUE);
    }

    @Override
    public Expression visitConstantDefault(RivuletSqlParser.ConstantDefaultContext ctx) {
        return expression(ctx.constant());
    }

    @Override
    public Expression visitStar(RivuletSqlParser.StarContext ctx) {
        return ctx.qualifiedName() == null ? UnresolvedStar.ALL : new UnresolvedStar(nameParts(ctx.qualifiedName()));
    }

    /** {@code f(a, b)}, {@code f(DISTINCT a)}, {@code count(*)} (which is {@code count(1)}, as Spark's). */
    @Override
    public Expression visitFunctionCall(FunctionCallContext ctx) {
        String name = functionName(ctx.functionName());
        boolean distinct = ctx.setQuantifier() != null && ctx.setQuantifier().DISTINCT() != null;
        List<Expression> arguments = expressions(ctx.argument);
        if (!distinct
                && name.toLowerCase(Locale.ROOT).equals("count")
                && arguments.size() == 1
                && arguments.get(0).equals(UnresolvedStar.ALL)) {
            arguments = List.of(Literal.of(1));
        }
        Expression function = new UnresolvedFunction(name, arguments, distinct);
        if (ctx.windowSpec() == null) {
            return function;
        }
        return new WindowExpression(function, window(ctx.windowSpec()));
    }

    private static String functionName(RivuletSqlParser.FunctionNameContext ctx) {
        if (ctx.qualifiedName() == null) {
            return ctx.getText();
        }
        return String.join(".", nameParts(ctx.qualifiedName()));
    }

    /** {@code x -> x + 1}: the body's names become lambda variables, as Spark's parser makes them. */
    @Override
    public Expression visitLambda(RivuletSqlParser.LambdaContext ctx) {
        List<UnresolvedNamedLambdaVariable> arguments = new ArrayList<>();
        for (RivuletSqlParser.IdentifierContext name : ctx.identifier()) {
            arguments.add(new UnresolvedNamedLambdaVariable(List.of(identifier(name))));
        }
        Expression body = expression(ctx.expression())
                .transformUp(
                        e -> e instanceof UnresolvedAttribute a ? new UnresolvedNamedLambdaVariable(a.nameParts()) : e);
        return new LambdaFunction(body, arguments);
    }

    @Override
    public Expression visitSubscript(RivuletSqlParser.SubscriptContext ctx) {
        return new UnresolvedExtractValue(expression(ctx.value), expression(ctx.index));
    }

    @Override
    public Expression visitColumnReference(RivuletSqlParser.ColumnReferenceContext ctx) {
        return new UnresolvedAttribute(List.of(identifier(ctx.identifier())));
    }

    /** {@code a.b}: one more name part of a column; a field of any other expression. */
    @Override
    public Expression visitDereference(RivuletSqlParser.DereferenceContext ctx) {
        String field = identifier(ctx.fieldName);
        Expression base = expression(ctx.base);
        if (base instanceof UnresolvedAttribute attribute) {
            List<String> parts = new ArrayList<>(attribute.nameParts());
            parts.add(field);
            return new UnresolvedAttribute(parts);
        }
        return new UnresolvedExtractValue(base, Literal.of(field));
    }

    @Override
    public Expression visitParenthesizedExpression(RivuletSqlParser.ParenthesizedExpressionContext ctx) {
        return expression(ctx.expression());
    }

    @Override
    public Expression visitExtract(RivuletSqlParser.ExtractContext ctx) {
        return call("extract", Literal.of(ctx.field.getText()), expression(ctx.source));
    }

    @Override
    public Expression visitSubstring(RivuletSqlParser.SubstringContext ctx) {
        Expression str = expression(ctx.str);
        Expression pos = expression(ctx.pos);
        return ctx.len == null ? call("substring", str, pos) : call("substring", str, pos, expression(ctx.len));
    }

    // ---- sort items and windows ---------------------------------------------------------------------

    /** {@code x [ASC|DESC] [NULLS FIRST|LAST]}; nulls first when ascending, last when descending, by default. */
    @Override
    public SortOrder visitSortItem(RivuletSqlParser.SortItemContext ctx) {
        boolean ascending = ctx.DESC() == null;
        boolean nullsFirst = ctx.nullOrder == null ? ascending : ctx.nullOrder.getType() == RivuletSqlLexer.FIRST;
        return new SortOrder(expression(ctx.expression()), ascending, nullsFirst);
    }

    List<SortOrder> sortOrders(List<RivuletSqlParser.SortItemContext> items) {
        List<SortOrder> orders = new ArrayList<>(items.size());
        for (RivuletSqlParser.SortItemContext item : items) {
            orders.add(visitSortItem(item));
        }
        return orders;
    }

    WindowSpecDefinition window(RivuletSqlParser.WindowSpecContext ctx) {
        if (ctx instanceof RivuletSqlParser.WindowDefContext definition) {
            return Windows.definition(this, definition);
        }
        RivuletSqlParser.WindowRefContext reference = (RivuletSqlParser.WindowRefContext) ctx;
        String name = identifier(reference.name);
        for (Map<String, WindowSpecDefinition> scope : windowScopes) {
            WindowSpecDefinition found = scope.get(name);
            if (found != null) {
                return found;
            }
        }
        throw ParseErrors.at(
                ctx,
                "MISSING_WINDOW_SPECIFICATION",
                "Window specification is not defined in the"
                        + " WINDOW clause for " + name + ". For more information about WINDOW clauses, please refer to"
                        + " 'https://spark.apache.org/docs/latest/sql-ref-syntax-qry-select-window.html'.",
                "42P20");
    }

    // ---- literals -----------------------------------------------------------------------------------

    @Override
    public Expression visitNullLiteral(RivuletSqlParser.NullLiteralContext ctx) {
        return Literal.ofNull(DataTypes.NullType);
    }

    @Override
    public Expression visitBooleanLiteral(RivuletSqlParser.BooleanLiteralContext ctx) {
        return ctx.booleanValue().TRUE() != null ? Literal.TRUE : Literal.FALSE;
    }

    @Override
    public Expression visitStringLiteral(RivuletSqlParser.StringLiteralContext ctx) {
        return Literal.of(StringLiterals.concat(ctx.stringLit()));
    }

    @Override
    public Expression visitNumericLiteral(RivuletSqlParser.NumericLiteralContext ctx) {
        return expression(ctx.number());
    }

    @Override
    public Expression visitIntegerLiteral(RivuletSqlParser.IntegerLiteralContext ctx) {
        return NumericLiterals.integer(ctx, ctx.getText());
    }

    @Override
    public Expression visitDecimalLiteral(RivuletSqlParser.DecimalLiteralContext ctx) {
        return NumericLiterals.decimal(ctx, new java.math.BigDecimal(ctx.getText()));
    }

    @Override
    public Expression visitExponentLiteral(RivuletSqlParser.ExponentLiteralContext ctx) {
        return NumericLiterals.doubleLiteral(ctx, ctx.getText(), 0);
    }

    @Override
    public Expression visitBigIntLiteral(RivuletSqlParser.BigIntLiteralContext ctx) {
        return NumericLiterals.bigint(ctx, ctx.getText());
    }

    @Override
    public Expression visitSmallIntLiteral(RivuletSqlParser.SmallIntLiteralContext ctx) {
        return NumericLiterals.smallint(ctx, ctx.getText());
    }

    @Override
    public Expression visitTinyIntLiteral(RivuletSqlParser.TinyIntLiteralContext ctx) {
        return NumericLiterals.tinyint(ctx, ctx.getText());
    }

    @Override
    public Expression visitDoubleLiteral(RivuletSqlParser.DoubleLiteralContext ctx) {
        return NumericLiterals.doubleLiteral(ctx, ctx.getText(), 1);
    }

    @Override
    public Expression visitFloatLiteral(RivuletSqlParser.FloatLiteralContext ctx) {
        return NumericLiterals.floatLiteral(ctx, ctx.getText());
    }

    @Override
    public Expression visitBigDecimalLiteral(RivuletSqlParser.BigDecimalLiteralContext ctx) {
        return NumericLiterals.bigDecimal(ctx, ctx.getText());
    }

    @Override
    public Expression visitTypeConstructor(RivuletSqlParser.TypeConstructorContext ctx) {
        return TypedLiterals.of(ctx, StringLiterals.string(ctx.stringLit()), options.timeZone());
    }

    @Override
    public Expression visitIntervalLiteral(RivuletSqlParser.IntervalLiteralContext ctx) {
        return TypedLiterals.interval(ctx.interval());
    }
}
