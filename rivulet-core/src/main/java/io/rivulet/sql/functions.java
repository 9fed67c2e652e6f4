package io.rivulet.sql;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.api.UDF0;
import io.rivulet.sql.api.UDF1;
import io.rivulet.sql.api.UDF2;
import io.rivulet.sql.api.UDF3;
import io.rivulet.sql.api.UDF4;
import io.rivulet.sql.api.UDF5;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.UnparsedExpression;
import io.rivulet.sql.expr.UnresolvedAttribute;
import io.rivulet.sql.expr.UnresolvedFunction;
import io.rivulet.sql.expr.UnresolvedStar;
import io.rivulet.sql.expressions.UserDefinedFunction;
import io.rivulet.sql.types.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * The functions of the DataFrame API under Spark's names, as Spark's {@code functions}: {@code import static
 * io.rivulet.sql.functions.*;} then {@code df.select(upper(col("name")), year(col("born")))}. Each gives a call by
 * the name the session's function registry knows (the one SQL text uses), so {@code upper(col("a"))} and {@code
 * expr("upper(a)")} are one expression; arguments are checked when the DataFrame using them is made.
 *
 * <p>A flat catalogue, one method per function and overload as in Spark (hence its length and its lower-case name);
 * the work is in the expression nodes the registry builds.
 */
public final class functions {
    private functions() {}

    // ---- columns and literals ---------------------------------------------------------------------------

    /** The column named {@code name}: dots reach into structs ({@code "a.b"}), backticks quote ({@code "`a.b`"}), {@code "*"} is every column. */
    public static Column col(String name) {
        requireNonNull(name, "column name is null");
        return new Column(name.equals("*") ? UnresolvedStar.ALL : UnresolvedAttribute.quoted(name));
    }

    /** {@link #col}. */
    public static Column column(String name) {
        return col(name);
    }

    /** A literal column of a Java value ({@code 1}, {@code "a"}, a {@code LocalDate}, a {@code BigDecimal}, null); a {@code Column} is returned as it is. */
    public static Column lit(Object value) {
        return value instanceof Column column ? column : new Column(Literal.of(value));
    }

    /** A column from SQL expression text, parsed as the session of the DataFrame that uses it parses SQL: {@code expr("upper(name) AS n")}. */
    public static Column expr(String sqlText) {
        return new Column(new UnparsedExpression(requireNonNull(sqlText, "sqlText is null")));
    }

    public static Column asc(String columnName) {
        return col(columnName).asc();
    }

    public static Column asc_nulls_first(String columnName) {
        return col(columnName).asc_nulls_first();
    }

    public static Column asc_nulls_last(String columnName) {
        return col(columnName).asc_nulls_last();
    }

    public static Column desc(String columnName) {
        return col(columnName).desc();
    }

    public static Column desc_nulls_first(String columnName) {
        return col(columnName).desc_nulls_first();
    }

    public static Column desc_nulls_last(String columnName) {
        return col(columnName).desc_nulls_last();
    }

    /** Marks {@code frame} small enough to be broadcast to every task of a join. */
    public static DataFrame broadcast(DataFrame frame) {
        return requireNonNull(frame, "frame is null").hint("broadcast");
    }

    // ---- aggregates -------------------------------------------------------------------------------------

    /** The number of rows where {@code e} is not null; {@code count(col("*"))} counts all rows. */
    public static Column count(Column e) {
        Expression child = e.expression();
        return call("count", child instanceof UnresolvedStar ? new Column(Literal.of(1)) : e);
    }

    public static Column count(String columnName) {
        return count(col(columnName));
    }

    /** The number of distinct non-null values (of the tuple of columns). */
    public static Column countDistinct(Column e, Column... more) {
        return distinct("count", e, more);
    }

    public static Column countDistinct(String columnName, String... more) {
        return countDistinct(col(columnName), cols(more));
    }

    public static Column count_distinct(Column e, Column... more) {
        return countDistinct(e, more);
    }

    public static Column sum(Column e) {
        return call("sum", e);
    }

    public static Column sum(String columnName) {
        return sum(col(columnName));
    }

    public static Column avg(Column e) {
        return call("avg", e);
    }

    public static Column avg(String columnName) {
        return avg(col(columnName));
    }

    public static Column mean(Column e) {
        return call("avg", e);
    }

    public static Column mean(String columnName) {
        return mean(col(columnName));
    }

    public static Column min(Column e) {
        return call("min", e);
    }

    public static Column min(String columnName) {
        return min(col(columnName));
    }

    public static Column max(Column e) {
        return call("max", e);
    }

    public static Column max(String columnName) {
        return max(col(columnName));
    }

    public static Column collect_list(Column e) {
        return call("collect_list", e);
    }

    public static Column collect_list(String columnName) {
        return collect_list(col(columnName));
    }

    public static Column collect_set(Column e) {
        return call("collect_set", e);
    }

    public static Column collect_set(String columnName) {
        return collect_set(col(columnName));
    }

    public static Column stddev(Column e) {
        return call("stddev", e);
    }

    public static Column stddev(String columnName) {
        return stddev(col(columnName));
    }

    public static Column stddev_samp(Column e) {
        return call("stddev_samp", e);
    }

    public static Column stddev_samp(String columnName) {
        return stddev_samp(col(columnName));
    }

    public static Column stddev_pop(Column e) {
        return call("stddev_pop", e);
    }

    public static Column stddev_pop(String columnName) {
        return stddev_pop(col(columnName));
    }

    public static Column variance(Column e) {
        return call("variance", e);
    }

    public static Column variance(String columnName) {
        return variance(col(columnName));
    }

    public static Column var_samp(Column e) {
        return call("var_samp", e);
    }

    public static Column var_samp(String columnName) {
        return var_samp(col(columnName));
    }

    public static Column var_pop(Column e) {
        return call("var_pop", e);
    }

    public static Column var_pop(String columnName) {
        return var_pop(col(columnName));
    }

    public static Column any_value(Column e) {
        return call("any_value", e);
    }

    public static Column any_value(String columnName) {
        return any_value(col(columnName));
    }

    public static Column approx_count_distinct(Column e) {
        return call("approx_count_distinct", e);
    }

    public static Column approx_count_distinct(String columnName) {
        return approx_count_distinct(col(columnName));
    }

    /**
     * The smallest value with at least {@code percentage} of the group's values at or below it (an array of them
     * for an array of percentages), as Spark's; answered exactly, which is within any {@code accuracy}.
     */
    public static Column percentile_approx(Column e, Column percentage, Column accuracy) {
        return call("percentile_approx", e, percentage, accuracy);
    }

    public static Column approx_percentile(Column e, Column percentage, Column accuracy) {
        return call("approx_percentile", e, percentage, accuracy);
    }

    /** The exact percentile, interpolated between the closest ranks (a double, or an array for an array). */
    public static Column percentile(Column e, Column percentage) {
        return call("percentile", e, percentage);
    }

    /** 1 where the row's grouping set (of {@code rollup} or {@code cube}) does not group {@code e}, else 0. */
    public static Column grouping(Column e) {
        return call("grouping", e);
    }

    public static Column grouping(String columnName) {
        return grouping(col(columnName));
    }

    /** The bits of {@link #grouping} of the columns (all grouping columns when none is given), as a bigint. */
    public static Column grouping_id(Column... columns) {
        return call("grouping_id", columns);
    }

    public static Column grouping_id(String columnName, String... columnNames) {
        Column[] columns = new Column[columnNames.length + 1];
        columns[0] = col(columnName);
        for (int i = 0; i < columnNames.length; i++) {
            columns[i + 1] = col(columnNames[i]);
        }
        return grouping_id(columns);
    }

    /** The exact median: {@code percentile(e, 0.5)}. */
    public static Column median(Column e) {
        return call("median", e);
    }

    /** The sum of the distinct values. */
    public static Column sum_distinct(Column e) {
        return distinct("sum", e);
    }

    public static Column sumDistinct(Column e) {
        return sum_distinct(e);
    }

    /** An estimate with relative standard deviation at most {@code rsd} (HyperLogLog++). */
    public static Column approx_count_distinct(Column e, double rsd) {
        return call("approx_count_distinct", e, lit(rsd));
    }

    /** The first value of the group (in the order rows arrive, which is not deterministic after a shuffle). */
    public static Column first(Column e) {
        return call("first", e);
    }

    public static Column first(String columnName) {
        return first(col(columnName));
    }

    /** The first value, the first non-null one when {@code ignoreNulls}. */
    public static Column first(Column e, boolean ignoreNulls) {
        return call("first", e, lit(ignoreNulls));
    }

    /** The last value of the group (in the order rows arrive, which is not deterministic after a shuffle). */
    public static Column last(Column e) {
        return call("last", e);
    }

    public static Column last(String columnName) {
        return last(col(columnName));
    }

    /** The last value, the last non-null one when {@code ignoreNulls}. */
    public static Column last(Column e, boolean ignoreNulls) {
        return call("last", e, lit(ignoreNulls));
    }

    // ---- window functions -------------------------------------------------------------------------------

    public static Column row_number() {
        return call("row_number");
    }

    public static Column rank() {
        return call("rank");
    }

    public static Column dense_rank() {
        return call("dense_rank");
    }

    public static Column percent_rank() {
        return call("percent_rank");
    }

    public static Column cume_dist() {
        return call("cume_dist");
    }

    /** The bucket (1 to {@code n}) of the row in its ordered partition. */
    public static Column ntile(int n) {
        return call("ntile", lit(n));
    }

    /** The value {@code offset} rows before the current one in the window, null if there is none. */
    public static Column lag(Column e, int offset) {
        return call("lag", e, lit(offset));
    }

    public static Column lag(String columnName, int offset) {
        return lag(col(columnName), offset);
    }

    /** The value {@code offset} rows before, {@code defaultValue} if there is none. */
    public static Column lag(Column e, int offset, Object defaultValue) {
        return call("lag", e, lit(offset), lit(defaultValue));
    }

    public static Column lag(String columnName, int offset, Object defaultValue) {
        return lag(col(columnName), offset, defaultValue);
    }

    /** The value {@code offset} rows after the current one in the window, null if there is none. */
    public static Column lead(Column e, int offset) {
        return call("lead", e, lit(offset));
    }

    public static Column lead(String columnName, int offset) {
        return lead(col(columnName), offset);
    }

    /** The value {@code offset} rows after, {@code defaultValue} if there is none. */
    public static Column lead(Column e, int offset, Object defaultValue) {
        return call("lead", e, lit(offset), lit(defaultValue));
    }

    public static Column lead(String columnName, int offset, Object defaultValue) {
        return lead(col(columnName), offset, defaultValue);
    }

    /** The value of the {@code offset}-th row of the window frame (1-based). */
    public static Column nth_value(Column e, int offset) {
        return call("nth_value", e, lit(offset));
    }

    public static Column nth_value(Column e, int offset, boolean ignoreNulls) {
        return call("nth_value", e, lit(offset), lit(ignoreNulls));
    }

    // ---- conditions and nulls ---------------------------------------------------------------------------

    /** {@code CASE WHEN condition THEN value}; more branches with {@code Column.when}, the rest with {@code otherwise}. */
    public static Column when(Column condition, Object value) {
        return call("when", requireNonNull(condition, "condition is null"), lit(value));
    }

    public static Column not(Column e) {
        return call("not", e);
    }

    /** The first non-null value. */
    public static Column coalesce(Column... columns) {
        return call("coalesce", columns);
    }

    public static Column isnull(Column e) {
        return call("isnull", e);
    }

    public static Column isnan(Column e) {
        return call("isnan", e);
    }

    /** {@code left} unless it is NaN, else {@code right}. */
    public static Column nanvl(Column left, Column right) {
        return call("nanvl", left, right);
    }

    /** {@code left} unless null, else {@code right}. */
    public static Column ifnull(Column left, Column right) {
        return call("ifnull", left, right);
    }

    /** {@code left} unless null, else {@code right}. */
    public static Column nvl(Column left, Column right) {
        return call("nvl", left, right);
    }

    /** Null when the two are equal, else {@code left}. */
    public static Column nullif(Column left, Column right) {
        return call("nullif", left, right);
    }

    /** {@code ifNotNull} when {@code test} is not null, else {@code ifNull}. */
    public static Column nvl2(Column test, Column ifNotNull, Column ifNull) {
        return call("nvl2", test, ifNotNull, ifNull);
    }

    /** The largest value, skipping nulls. */
    public static Column greatest(Column... columns) {
        return call("greatest", columns);
    }

    public static Column greatest(String columnName, String... more) {
        return greatest(cols(columnName, more));
    }

    /** The smallest value, skipping nulls. */
    public static Column least(Column... columns) {
        return call("least", columns);
    }

    public static Column least(String columnName, String... more) {
        return least(cols(columnName, more));
    }

    // ---- arithmetic and bits ----------------------------------------------------------------------------

    /** {@code -e}. */
    public static Column negate(Column e) {
        return call("negative", e);
    }

    /** {@code -e}. */
    public static Column negative(Column e) {
        return call("negative", e);
    }

    /** The remainder that is never negative. */
    public static Column pmod(Column dividend, Column divisor) {
        return call("pmod", dividend, divisor);
    }

    public static Column abs(Column e) {
        return call("abs", e);
    }

    public static Column abs(String columnName) {
        return abs(col(columnName));
    }

    public static Column sqrt(Column e) {
        return call("sqrt", e);
    }

    public static Column sqrt(String columnName) {
        return sqrt(col(columnName));
    }

    public static Column cbrt(Column e) {
        return call("cbrt", e);
    }

    public static Column cbrt(String columnName) {
        return cbrt(col(columnName));
    }

    public static Column exp(Column e) {
        return call("exp", e);
    }

    public static Column exp(String columnName) {
        return exp(col(columnName));
    }

    public static Column expm1(Column e) {
        return call("expm1", e);
    }

    public static Column expm1(String columnName) {
        return expm1(col(columnName));
    }

    public static Column log10(Column e) {
        return call("log10", e);
    }

    public static Column log10(String columnName) {
        return log10(col(columnName));
    }

    public static Column log2(Column e) {
        return call("log2", e);
    }

    public static Column log2(String columnName) {
        return log2(col(columnName));
    }

    public static Column log1p(Column e) {
        return call("log1p", e);
    }

    public static Column log1p(String columnName) {
        return log1p(col(columnName));
    }

    public static Column sin(Column e) {
        return call("sin", e);
    }

    public static Column sin(String columnName) {
        return sin(col(columnName));
    }

    public static Column cos(Column e) {
        return call("cos", e);
    }

    public static Column cos(String columnName) {
        return cos(col(columnName));
    }

    public static Column tan(Column e) {
        return call("tan", e);
    }

    public static Column tan(String columnName) {
        return tan(col(columnName));
    }

    public static Column cot(Column e) {
        return call("cot", e);
    }

    public static Column sec(Column e) {
        return call("sec", e);
    }

    public static Column csc(Column e) {
        return call("csc", e);
    }

    public static Column asin(Column e) {
        return call("asin", e);
    }

    public static Column asin(String columnName) {
        return asin(col(columnName));
    }

    public static Column acos(Column e) {
        return call("acos", e);
    }

    public static Column acos(String columnName) {
        return acos(col(columnName));
    }

    public static Column atan(Column e) {
        return call("atan", e);
    }

    public static Column atan(String columnName) {
        return atan(col(columnName));
    }

    public static Column sinh(Column e) {
        return call("sinh", e);
    }

    public static Column sinh(String columnName) {
        return sinh(col(columnName));
    }

    public static Column cosh(Column e) {
        return call("cosh", e);
    }

    public static Column cosh(String columnName) {
        return cosh(col(columnName));
    }

    public static Column tanh(Column e) {
        return call("tanh", e);
    }

    public static Column tanh(String columnName) {
        return tanh(col(columnName));
    }

    public static Column asinh(Column e) {
        return call("asinh", e);
    }

    public static Column asinh(String columnName) {
        return asinh(col(columnName));
    }

    public static Column acosh(Column e) {
        return call("acosh", e);
    }

    public static Column acosh(String columnName) {
        return acosh(col(columnName));
    }

    public static Column atanh(Column e) {
        return call("atanh", e);
    }

    public static Column atanh(String columnName) {
        return atanh(col(columnName));
    }

    public static Column degrees(Column e) {
        return call("degrees", e);
    }

    public static Column degrees(String columnName) {
        return degrees(col(columnName));
    }

    public static Column radians(Column e) {
        return call("radians", e);
    }

    public static Column radians(String columnName) {
        return radians(col(columnName));
    }

    public static Column rint(Column e) {
        return call("rint", e);
    }

    public static Column rint(String columnName) {
        return rint(col(columnName));
    }

    public static Column signum(Column e) {
        return call("signum", e);
    }

    public static Column signum(String columnName) {
        return signum(col(columnName));
    }

    public static Column sign(Column e) {
        return call("sign", e);
    }

    public static Column floor(Column e) {
        return call("floor", e);
    }

    public static Column floor(String columnName) {
        return floor(col(columnName));
    }

    public static Column ceil(Column e) {
        return call("ceil", e);
    }

    public static Column ceil(String columnName) {
        return ceil(col(columnName));
    }

    public static Column ceiling(Column e) {
        return call("ceiling", e);
    }

    public static Column factorial(Column e) {
        return call("factorial", e);
    }

    /** The natural logarithm. */
    public static Column log(Column e) {
        return call("ln", e);
    }

    public static Column log(String columnName) {
        return log(col(columnName));
    }

    public static Column ln(Column e) {
        return call("ln", e);
    }

    /** The logarithm in {@code base}. */
    public static Column log(double base, Column e) {
        return call("log", lit(base), e);
    }

    public static Column pow(Column base, Column exponent) {
        return call("power", base, exponent);
    }

    public static Column pow(Column base, double exponent) {
        return call("power", base, lit(exponent));
    }

    public static Column pow(String base, String exponent) {
        return pow(col(base), col(exponent));
    }

    public static Column power(Column base, Column exponent) {
        return call("power", base, exponent);
    }

    public static Column atan2(Column y, Column x) {
        return call("atan2", y, x);
    }

    public static Column hypot(Column left, Column right) {
        return call("hypot", left, right);
    }

    /** Rounded half up to 0 decimal places. */
    public static Column round(Column e) {
        return call("round", e);
    }

    /** Rounded half up to {@code scale} decimal places (negative: to tens, hundreds, ...). */
    public static Column round(Column e, int scale) {
        return call("round", e, lit(scale));
    }

    /** Rounded half to even. */
    public static Column bround(Column e) {
        return call("bround", e);
    }

    public static Column bround(Column e, int scale) {
        return call("bround", e, lit(scale));
    }

    public static Column bitwise_not(Column e) {
        return call("~", e);
    }

    public static Column bitwiseNOT(Column e) {
        return bitwise_not(e);
    }

    public static Column shiftleft(Column e, int numBits) {
        return call("shiftleft", e, lit(numBits));
    }

    public static Column shiftright(Column e, int numBits) {
        return call("shiftright", e, lit(numBits));
    }

    public static Column shiftrightunsigned(Column e, int numBits) {
        return call("shiftrightunsigned", e, lit(numBits));
    }

    public static Column rand(long seed) {
        return call("rand", lit(seed));
    }

    /** Uniform in [0, 1), a seed chosen per query. */
    public static Column rand() {
        return call("rand");
    }

    public static Column randn(long seed) {
        return call("randn", lit(seed));
    }

    /** Standard normal, a seed chosen per query. */
    public static Column randn() {
        return call("randn");
    }

    // ---- strings ----------------------------------------------------------------------------------------

    public static Column upper(Column e) {
        return call("upper", e);
    }

    public static Column lower(Column e) {
        return call("lower", e);
    }

    public static Column initcap(Column e) {
        return call("initcap", e);
    }

    public static Column trim(Column e) {
        return call("trim", e);
    }

    public static Column ltrim(Column e) {
        return call("ltrim", e);
    }

    public static Column rtrim(Column e) {
        return call("rtrim", e);
    }

    public static Column length(Column e) {
        return call("length", e);
    }

    public static Column char_length(Column e) {
        return call("char_length", e);
    }

    public static Column ascii(Column e) {
        return call("ascii", e);
    }

    public static Column base64(Column e) {
        return call("base64", e);
    }

    public static Column unbase64(Column e) {
        return call("unbase64", e);
    }

    public static Column soundex(Column e) {
        return call("soundex", e);
    }

    public static Column md5(Column e) {
        return call("md5", e);
    }

    public static Column sha1(Column e) {
        return call("sha1", e);
    }

    public static Column crc32(Column e) {
        return call("crc32", e);
    }

    /** The SHA-2 digest of {@code numBits} (224, 256, 384, 512 or 0 for 256) as hex. */
    public static Column sha2(Column e, int numBits) {
        return call("sha2", e, lit(numBits));
    }

    /** The strings (or arrays) one after another; null if any is null. */
    public static Column concat(Column... columns) {
        return call("concat", columns);
    }

    /** The strings joined by {@code separator}, skipping nulls. */
    public static Column concat_ws(String separator, Column... columns) {
        return call("concat_ws", prepend(lit(separator), columns));
    }

    /** {@code len} characters from 1-based {@code pos} (negative counts from the end). */
    public static Column substring(Column str, int pos, int len) {
        return call("substring", str, lit(pos), lit(len));
    }

    public static Column substring_index(Column str, String delimiter, int count) {
        return call("substring_index", str, lit(delimiter), lit(count));
    }

    /** The parts between matches of the regular expression. */
    public static Column split(Column str, String pattern) {
        return call("split", str, lit(pattern));
    }

    /** At most {@code limit} parts (all when {@code limit <= 0}). */
    public static Column split(Column str, String pattern, int limit) {
        return call("split", str, lit(pattern), lit(limit));
    }

    public static Column regexp_replace(Column str, String pattern, String replacement) {
        return call("regexp_replace", str, lit(pattern), lit(replacement));
    }

    public static Column regexp_replace(Column str, Column pattern, Column replacement) {
        return call("regexp_replace", str, pattern, replacement);
    }

    /** Group {@code groupIndex} of the first match (0: the whole match), empty when none. */
    public static Column regexp_extract(Column str, String pattern, int groupIndex) {
        return call("regexp_extract", str, lit(pattern), lit(groupIndex));
    }

    public static Column regexp_extract_all(Column str, Column pattern, Column groupIndex) {
        return call("regexp_extract_all", str, pattern, groupIndex);
    }

    public static Column lpad(Column str, int len, String pad) {
        return call("lpad", str, lit(len), lit(pad));
    }

    public static Column rpad(Column str, int len, String pad) {
        return call("rpad", str, lit(len), lit(pad));
    }

    public static Column repeat(Column str, int n) {
        return call("repeat", str, lit(n));
    }

    /** The 1-based position of {@code substring} in {@code str}, 0 if absent. */
    public static Column instr(Column str, String substring) {
        return call("instr", str, lit(substring));
    }

    public static Column locate(String substr, Column str) {
        return call("locate", lit(substr), str);
    }

    public static Column locate(String substr, Column str, int pos) {
        return call("locate", lit(substr), str, lit(pos));
    }

    public static Column translate(Column src, String matchingString, String replaceString) {
        return call("translate", src, lit(matchingString), lit(replaceString));
    }

    public static Column replace(Column src, Column search, Column replacement) {
        return call("replace", src, search, replacement);
    }

    public static Column levenshtein(Column left, Column right) {
        return call("levenshtein", left, right);
    }

    /** The arguments formatted printf-style. */
    public static Column format_string(String format, Column... arguments) {
        return call("format_string", prepend(lit(format), arguments));
    }

    public static Column left(Column str, Column len) {
        return call("left", str, len);
    }

    public static Column right(Column str, Column len) {
        return call("right", str, len);
    }

    public static Column startswith(Column str, Column prefix) {
        return call("startswith", str, prefix);
    }

    public static Column endswith(Column str, Column suffix) {
        return call("endswith", str, suffix);
    }

    public static Column contains(Column left, Column right) {
        return call("contains", left, right);
    }

    // ---- dates and times --------------------------------------------------------------------------------

    public static Column year(Column e) {
        return call("year", e);
    }

    public static Column month(Column e) {
        return call("month", e);
    }

    public static Column dayofmonth(Column e) {
        return call("dayofmonth", e);
    }

    public static Column dayofweek(Column e) {
        return call("dayofweek", e);
    }

    public static Column dayofyear(Column e) {
        return call("dayofyear", e);
    }

    public static Column weekofyear(Column e) {
        return call("weekofyear", e);
    }

    public static Column weekday(Column e) {
        return call("weekday", e);
    }

    public static Column quarter(Column e) {
        return call("quarter", e);
    }

    public static Column hour(Column e) {
        return call("hour", e);
    }

    public static Column minute(Column e) {
        return call("minute", e);
    }

    public static Column second(Column e) {
        return call("second", e);
    }

    public static Column last_day(Column e) {
        return call("last_day", e);
    }

    public static Column dayname(Column e) {
        return call("dayname", e);
    }

    public static Column monthname(Column e) {
        return call("monthname", e);
    }

    public static Column unix_micros(Column e) {
        return call("unix_micros", e);
    }

    public static Column timestamp_seconds(Column e) {
        return call("timestamp_seconds", e);
    }

    public static Column timestamp_millis(Column e) {
        return call("timestamp_millis", e);
    }

    public static Column timestamp_micros(Column e) {
        return call("timestamp_micros", e);
    }

    public static Column date_from_unix_date(Column e) {
        return call("date_from_unix_date", e);
    }

    /** The date of a string ({@code yyyy-MM-dd}) or timestamp; an error for text that is not a date (ANSI). */
    public static Column to_date(Column e) {
        return call("to_date", e);
    }

    /** The date of a string in {@code format} (Spark's datetime patterns). */
    public static Column to_date(Column e, String format) {
        return call("to_date", e, lit(format));
    }

    public static Column to_timestamp(Column e) {
        return call("to_timestamp", e);
    }

    public static Column to_timestamp(Column e, String format) {
        return call("to_timestamp", e, lit(format));
    }

    public static Column date_format(Column dateExpr, String format) {
        return call("date_format", dateExpr, lit(format));
    }

    public static Column date_add(Column start, int days) {
        return call("date_add", start, lit(days));
    }

    public static Column date_add(Column start, Column days) {
        return call("date_add", start, days);
    }

    public static Column date_sub(Column start, int days) {
        return call("date_sub", start, lit(days));
    }

    public static Column date_sub(Column start, Column days) {
        return call("date_sub", start, days);
    }

    /** The days from {@code start} to {@code end}. */
    public static Column datediff(Column end, Column start) {
        return call("datediff", end, start);
    }

    public static Column add_months(Column startDate, int numMonths) {
        return call("add_months", startDate, lit(numMonths));
    }

    public static Column months_between(Column end, Column start) {
        return call("months_between", end, start);
    }

    public static Column next_day(Column date, String dayOfWeek) {
        return call("next_day", date, lit(dayOfWeek));
    }

    /** The date truncated to the unit ({@code year}, {@code month}, {@code week}, ...). */
    public static Column trunc(Column date, String format) {
        return call("trunc", date, lit(format));
    }

    public static Column date_trunc(String format, Column timestamp) {
        return call("date_trunc", lit(format), timestamp);
    }

    public static Column make_date(Column year, Column month, Column day) {
        return call("make_date", year, month, day);
    }

    public static Column current_date() {
        return call("current_date");
    }

    public static Column current_timestamp() {
        return call("current_timestamp");
    }

    public static Column now() {
        return call("now");
    }

    /** The seconds since the epoch, now. */
    public static Column unix_timestamp() {
        return call("unix_timestamp");
    }

    public static Column unix_timestamp(Column s) {
        return call("unix_timestamp", s);
    }

    public static Column unix_timestamp(Column s, String format) {
        return call("unix_timestamp", s, lit(format));
    }

    public static Column from_unixtime(Column seconds) {
        return call("from_unixtime", seconds);
    }

    public static Column from_unixtime(Column seconds, String format) {
        return call("from_unixtime", seconds, lit(format));
    }

    public static Column from_utc_timestamp(Column ts, String tz) {
        return call("from_utc_timestamp", ts, lit(tz));
    }

    public static Column to_utc_timestamp(Column ts, String tz) {
        return call("to_utc_timestamp", ts, lit(tz));
    }

    // ---- arrays, maps and structs -----------------------------------------------------------------------

    /** An array of the columns' values. */
    public static Column array(Column... columns) {
        return call("array", columns);
    }

    public static Column array(String columnName, String... more) {
        return array(cols(columnName, more));
    }

    /** A map of alternating keys and values. */
    public static Column map(Column... columns) {
        return call("map", columns);
    }

    /** A struct of the columns, named as the columns are. */
    public static Column struct(Column... columns) {
        return call("struct", columns);
    }

    public static Column struct(String columnName, String... more) {
        return struct(cols(columnName, more));
    }

    public static Column size(Column e) {
        return call("size", e);
    }

    public static Column cardinality(Column e) {
        return call("cardinality", e);
    }

    public static Column array_distinct(Column e) {
        return call("array_distinct", e);
    }

    public static Column array_min(Column e) {
        return call("array_min", e);
    }

    public static Column array_max(Column e) {
        return call("array_max", e);
    }

    public static Column flatten(Column e) {
        return call("flatten", e);
    }

    public static Column map_keys(Column e) {
        return call("map_keys", e);
    }

    public static Column map_values(Column e) {
        return call("map_values", e);
    }

    public static Column map_entries(Column e) {
        return call("map_entries", e);
    }

    public static Column array_contains(Column array, Object value) {
        return call("array_contains", array, lit(value));
    }

    public static Column array_position(Column array, Object value) {
        return call("array_position", array, lit(value));
    }

    public static Column array_remove(Column array, Object element) {
        return call("array_remove", array, lit(element));
    }

    public static Column array_join(Column array, String delimiter) {
        return call("array_join", array, lit(delimiter));
    }

    public static Column array_repeat(Column element, int count) {
        return call("array_repeat", element, lit(count));
    }

    public static Column array_union(Column left, Column right) {
        return call("array_union", left, right);
    }

    public static Column array_intersect(Column left, Column right) {
        return call("array_intersect", left, right);
    }

    public static Column array_except(Column left, Column right) {
        return call("array_except", left, right);
    }

    public static Column arrays_overlap(Column left, Column right) {
        return call("arrays_overlap", left, right);
    }

    public static Column map_from_arrays(Column left, Column right) {
        return call("map_from_arrays", left, right);
    }

    public static Column map_contains_key(Column map, Object key) {
        return call("map_contains_key", map, lit(key));
    }

    /** The element at 1-based index {@code extraction} of an array, or a map's value at that key. */
    public static Column element_at(Column column, Object extraction) {
        return call("element_at", column, lit(extraction));
    }

    public static Column slice(Column array, int start, int length) {
        return call("slice", array, lit(start), lit(length));
    }

    /** Sorted ascending, nulls first. */
    public static Column sort_array(Column array) {
        return call("sort_array", array);
    }

    public static Column sort_array(Column array, boolean ascending) {
        return call("sort_array", array, lit(ascending));
    }

    public static Column sequence(Column start, Column stop) {
        return call("sequence", start, stop);
    }

    public static Column sequence(Column start, Column stop, Column step) {
        return call("sequence", start, stop, step);
    }

    /** The reversed string or array. */
    public static Column reverse(Column e) {
        return call("reverse", e);
    }

    public static Column explode(Column e) {
        return call("explode", e);
    }

    public static Column explode_outer(Column e) {
        return call("explode_outer", e);
    }

    public static Column posexplode(Column e) {
        return call("posexplode", e);
    }

    public static Column posexplode_outer(Column e) {
        return call("posexplode_outer", e);
    }

    // ---- hashes, ids and partitions ---------------------------------------------------------------------

    /** Spark's Murmur3 hash of the columns (seed 42): the same values give the same hash as in Spark. */
    public static Column hash(Column... columns) {
        return call("hash", columns);
    }

    /** Spark's xxHash64 of the columns (seed 42). */
    public static Column xxhash64(Column... columns) {
        return call("xxhash64", columns);
    }

    /** Ids that grow within a partition and are unique across partitions (the partition in the upper 31 bits). */
    public static Column monotonically_increasing_id() {
        return call("monotonically_increasing_id");
    }

    public static Column spark_partition_id() {
        return call("spark_partition_id");
    }

    // ---- user-defined functions -------------------------------------------------------------------------

    public static <R> UserDefinedFunction udf(UDF0<R> f, DataType returnType) {
        return UserDefinedFunction.of(f, returnType);
    }

    /** The user's function of 1 argument, returning {@code returnType}: apply it with {@code udf.apply(columns)}. */
    public static <T1, R> UserDefinedFunction udf(UDF1<T1, R> f, DataType returnType) {
        return UserDefinedFunction.of(f, returnType);
    }

    public static <T1, T2, R> UserDefinedFunction udf(UDF2<T1, T2, R> f, DataType returnType) {
        return UserDefinedFunction.of(f, returnType);
    }

    public static <T1, T2, T3, R> UserDefinedFunction udf(UDF3<T1, T2, T3, R> f, DataType returnType) {
        return UserDefinedFunction.of(f, returnType);
    }

    public static <T1, T2, T3, T4, R> UserDefinedFunction udf(UDF4<T1, T2, T3, T4, R> f, DataType returnType) {
        return UserDefinedFunction.of(f, returnType);
    }

    public static <T1, T2, T3, T4, T5, R> UserDefinedFunction udf(UDF5<T1, T2, T3, T4, T5, R> f, DataType returnType) {
        return UserDefinedFunction.of(f, returnType);
    }

    /** A call of the function registered as {@code name} ({@code rv.udf().register}) or built in. */
    public static Column callUDF(String name, Column... columns) {
        return call_function(name, columns);
    }

    public static Column call_function(String name, Column... columns) {
        return call(requireNonNull(name, "name is null"), columns);
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static Column call(String name, Column... arguments) {
        List<Expression> expressions = new ArrayList<>(arguments.length);
        for (Column argument : arguments) {
            expressions.add(requireNonNull(argument, "column is null").expression());
        }
        return new Column(new UnresolvedFunction(name, expressions, false));
    }

    private static Column distinct(String name, Column first, Column... more) {
        List<Expression> expressions = new ArrayList<>(more.length + 1);
        expressions.add(requireNonNull(first, "column is null").expression());
        for (Column column : more) {
            expressions.add(requireNonNull(column, "column is null").expression());
        }
        return new Column(new UnresolvedFunction(name, expressions, true));
    }

    private static Column[] cols(String... names) {
        Column[] columns = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            columns[i] = col(names[i]);
        }
        return columns;
    }

    private static Column[] cols(String first, String... more) {
        Column[] columns = new Column[more.length + 1];
        columns[0] = col(first);
        System.arraycopy(cols(more), 0, columns, 1, more.length);
        return columns;
    }

    private static Column[] prepend(Column first, Column... rest) {
        Column[] columns = new Column[rest.length + 1];
        columns[0] = first;
        System.arraycopy(rest, 0, columns, 1, rest.length);
        return columns;
    }
}
