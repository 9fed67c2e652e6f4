package io.rivulet.sql;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.Cast;
import io.rivulet.sql.expr.EvalMode;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.expr.UnresolvedCast;
import io.rivulet.sql.expr.UnresolvedExtractValue;
import io.rivulet.sql.expr.UnresolvedFunction;
import io.rivulet.sql.expr.WindowExpression;
import io.rivulet.sql.expressions.Window;
import io.rivulet.sql.expressions.WindowSpec;
import io.rivulet.sql.session.Frames;
import io.rivulet.sql.types.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * A column expression of the DataFrame API, as Spark's {@code Column}: {@code col("age").geq(65)},
 * {@code col("a").plus(col("b")).as("c")}. Immutable; building one runs nothing, and names are resolved when
 * the DataFrame that uses it is made. An {@code Object} argument is a column if it is a {@code Column}, else a
 * literal ({@code functions.lit}).
 *
 * <p>Operators become calls by the names Spark's function registry gives them ({@code =}, {@code +}, {@code and},
 * {@code isnull}, ...), resolved by the session's registry like those the SQL parser makes, so the DataFrame and
 * SQL forms of one query give one plan.
 */
public final class Column {
    private final Expression expression;

    Column(Expression expression) {
        this.expression = requireNonNull(expression, "expression is null");
    }

    Expression expression() {
        return expression;
    }

    /** The expression of {@code value}: a column's, or a literal's. */
    static Expression expressionOf(Object value) {
        return value instanceof Column column ? column.expression : Literal.of(value);
    }

    private Column call(String name, Object... others) {
        List<Expression> arguments = new ArrayList<>(others.length + 1);
        arguments.add(expression);
        for (Object other : others) {
            arguments.add(expressionOf(other));
        }
        return new Column(new UnresolvedFunction(name, arguments, false));
    }

    // ---- comparisons --------------------------------------------------------------------------------

    public Column equalTo(Object other) {
        return call("=", other);
    }

    public Column notEqual(Object other) {
        return new Column(UnresolvedFunction.of("not", call("=", other).expression));
    }

    /** Equality that treats two nulls as equal and a null and a value as different ({@code <=>}). */
    public Column eqNullSafe(Object other) {
        return call("<=>", other);
    }

    public Column gt(Object other) {
        return call(">", other);
    }

    public Column lt(Object other) {
        return call("<", other);
    }

    public Column geq(Object other) {
        return call(">=", other);
    }

    public Column leq(Object other) {
        return call("<=", other);
    }

    /** {@code lower <= this <= upper}. */
    public Column between(Object lower, Object upper) {
        return call("between", lower, upper);
    }

    // ---- arithmetic and bits ------------------------------------------------------------------------

    public Column plus(Object other) {
        return call("+", other);
    }

    public Column minus(Object other) {
        return call("-", other);
    }

    public Column multiply(Object other) {
        return call("*", other);
    }

    public Column divide(Object other) {
        return call("/", other);
    }

    /** The remainder ({@code %}), with the sign of the dividend as in Java and Spark. */
    public Column mod(Object other) {
        return call("%", other);
    }

    public Column bitwiseAND(Object other) {
        return call("&", other);
    }

    public Column bitwiseOR(Object other) {
        return call("|", other);
    }

    public Column bitwiseXOR(Object other) {
        return call("^", other);
    }

    // ---- logic and nulls ----------------------------------------------------------------------------

    public Column and(Column other) {
        return call("and", requireNonNull(other, "other is null"));
    }

    public Column or(Column other) {
        return call("or", requireNonNull(other, "other is null"));
    }

    /** {@code NOT this} (Spark's {@code !col} / {@code functions.not}). */
    public Column not() {
        return call("not");
    }

    public Column isNull() {
        return call("isnull");
    }

    public Column isNotNull() {
        return call("isnotnull");
    }

    public Column isNaN() {
        return call("isnan");
    }

    /** True when this equals one of {@code values} ({@code IN}); null, as in SQL, when it is null or none matches but a value is null. */
    public Column isin(Object... values) {
        requireNonNull(values, "values is null");
        return call("in", values);
    }

    public Column isInCollection(Iterable<?> values) {
        requireNonNull(values, "values is null");
        List<Object> list = new ArrayList<>();
        values.forEach(list::add);
        return isin(list.toArray());
    }

    // ---- strings ------------------------------------------------------------------------------------

    /** SQL {@code LIKE}: {@code _} one character, {@code %} any, {@code \} escapes. */
    public Column like(String pattern) {
        return call("like", requireNonNull(pattern, "pattern is null"));
    }

    /** {@code LIKE} ignoring case. */
    public Column ilike(String pattern) {
        return call("ilike", requireNonNull(pattern, "pattern is null"));
    }

    /** True when a match of the Java regular expression is found in the string. */
    public Column rlike(String regex) {
        return call("rlike", requireNonNull(regex, "regex is null"));
    }

    public Column startsWith(Object prefix) {
        return call("startswith", prefix);
    }

    public Column endsWith(Object suffix) {
        return call("endswith", suffix);
    }

    public Column contains(Object other) {
        return call("contains", other);
    }

    /** The substring from 1-based {@code position}, {@code length} characters long. */
    public Column substr(int position, int length) {
        return call("substring", position, length);
    }

    public Column substr(Column position, Column length) {
        return call("substring", position, length);
    }

    // ---- names, types, nested values ----------------------------------------------------------------

    /** This column named {@code alias}. */
    public Column as(String alias) {
        requireNonNull(alias, "alias is null");
        return new Column(Alias.of(expression, alias));
    }

    public Column alias(String alias) {
        return as(alias);
    }

    public Column name(String alias) {
        return as(alias);
    }

    /** A cast that fails as the session's casts do ({@code rivulet.sql.ansi.enabled}). */
    public Column cast(DataType type) {
        return new Column(new UnresolvedCast(expression, requireNonNull(type, "type is null")));
    }

    /** A cast to the type named as in SQL: {@code "int"}, {@code "decimal(10,2)"}, {@code "array<string>"}. */
    public Column cast(String type) {
        return cast(DataType.fromDDL(requireNonNull(type, "type is null")));
    }

    /** A cast that gives null where the value does not fit, in any mode. */
    public Column try_cast(DataType type) {
        return new Column(new Cast(expression, requireNonNull(type, "type is null"), EvalMode.TRY));
    }

    public Column try_cast(String type) {
        return try_cast(DataType.fromDDL(requireNonNull(type, "type is null")));
    }

    /** An array's element at a 0-based index, or a map's value at a key. */
    public Column getItem(Object key) {
        return new Column(new UnresolvedExtractValue(expression, expressionOf(key)));
    }

    /** A struct's field. */
    public Column getField(String fieldName) {
        return new Column(new UnresolvedExtractValue(expression, Literal.of(requireNonNull(fieldName, "fieldName"))));
    }

    /** {@code getItem} or {@code getField}, as Spark's {@code col(...)(key)}. */
    public Column apply(Object extraction) {
        return getItem(extraction);
    }

    // ---- ordering -----------------------------------------------------------------------------------

    /** Ascending, nulls first (Spark's default). */
    public Column asc() {
        return new Column(new SortOrder(expression, true, true));
    }

    public Column asc_nulls_first() {
        return asc();
    }

    public Column asc_nulls_last() {
        return new Column(new SortOrder(expression, true, false));
    }

    /** Descending, nulls last (Spark's default). */
    public Column desc() {
        return new Column(new SortOrder(expression, false, false));
    }

    public Column desc_nulls_first() {
        return new Column(new SortOrder(expression, false, true));
    }

    public Column desc_nulls_last() {
        return desc();
    }

    // ---- CASE WHEN ----------------------------------------------------------------------------------

    /** One more branch of a {@code functions.when(...)} column. */
    public Column when(Column condition, Object value) {
        List<Expression> branches = whenBranches("when");
        if (branches.size() % 2 == 1) {
            throw new IllegalArgumentException("when() cannot be applied once otherwise() is applied");
        }
        branches.add(requireNonNull(condition, "condition is null").expression);
        branches.add(expressionOf(value));
        return new Column(new UnresolvedFunction("when", branches, false));
    }

    /** The value of a {@code functions.when(...)} column where no branch holds (else null). */
    public Column otherwise(Object value) {
        List<Expression> branches = whenBranches("otherwise");
        if (branches.size() % 2 == 1) {
            throw new IllegalArgumentException(
                    "otherwise() can only be applied once on a Column previously generated by when()");
        }
        branches.add(expressionOf(value));
        return new Column(new UnresolvedFunction("when", branches, false));
    }

    private List<Expression> whenBranches(String method) {
        if (expression instanceof UnresolvedFunction call && call.name().equals("when") && !call.distinct()) {
            return new ArrayList<>(call.arguments());
        }
        throw new IllegalArgumentException(
                method + "() can only be applied on a Column previously generated by when() function");
    }

    // ---- windows ------------------------------------------------------------------------------------

    /** This aggregate or window function over {@code window}: {@code rank().over(Window.partitionBy("k").orderBy("v"))}. */
    public Column over(WindowSpec window) {
        requireNonNull(window, "window is null");
        return new Column(new WindowExpression(expression, Frames.windowDefinition(window)));
    }

    /** Over the whole result as one partition (an empty window). */
    public Column over() {
        return over(Window.spec());
    }

    // ---- printing -----------------------------------------------------------------------------------

    /** Prints the expression: the unresolved tree, and its SQL when {@code extended}. */
    public void explain(boolean extended) {
        System.out.println(extended ? expression + "\n" + expression.sql() : expression.sql());
    }

    /** The expression as Spark prints a column: {@code (a + 1)}. */
    @Override
    public String toString() {
        return expression.sql();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Column that && expression.equals(that.expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }
}
