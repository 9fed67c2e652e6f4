package io.rivulet.sql.analysis;

import io.rivulet.sql.AnalysisException;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The analyzer's errors, with Spark 4's error classes and message texts ({@code error-conditions.json}), quoting as
 * Spark's {@code DataTypeErrorsBase} does: identifiers in backticks part by part ({@code `t`.`a`}), expressions and
 * types in double quotes ({@code "(a + 1)"}, {@code "BIGINT"}). Spark's {@code SQLSTATE} suffix and query context
 * are left out.
 */
final class AnalysisErrors {
    private AnalysisErrors() {}

    // ---- quoting -----------------------------------------------------------------------------------

    /** {@code `a`}, with backticks inside doubled. */
    static String quoteIdentifier(String part) {
        return "`" + part.replace("`", "``") + "`";
    }

    /** {@code `t`.`a`}. */
    static String toSqlId(List<String> parts) {
        return parts.stream().map(AnalysisErrors::quoteIdentifier).collect(Collectors.joining("."));
    }

    static String toSqlId(String... parts) {
        return toSqlId(Arrays.asList(parts));
    }

    /** {@code "(a + 1)"}: the expression's pretty SQL in double quotes. */
    static String toSqlExpr(Expression expression) {
        return "\"" + expression.sql() + "\"";
    }

    /** {@code "BIGINT"}. */
    static String toSqlType(DataType type) {
        return "\"" + type.sql() + "\"";
    }

    /** {@code first}, {@code second}, {@code third}, then {@code 4th}, ... (index from 0), as Spark's {@code ordinalNumber}. */
    static String ordinal(int index) {
        return switch (index) {
            case 0 -> "first";
            case 1 -> "second";
            case 2 -> "third";
            default -> (index + 1) + "th";
        };
    }

    static AnalysisException error(String errorClass, String message) {
        return new AnalysisException(errorClass, message);
    }

    // ---- names -------------------------------------------------------------------------------------

    static AnalysisException tableOrViewNotFound(List<String> nameParts) {
        return error(
                "TABLE_OR_VIEW_NOT_FOUND",
                "The table or view " + toSqlId(nameParts) + " cannot be found. Verify the spelling and correctness of"
                        + " the schema and catalog.\nIf you did not qualify the name with a schema, verify the"
                        + " current_schema() output, or qualify the name with the correct schema and catalog.\nTo"
                        + " tolerate the error on drop use DROP VIEW IF EXISTS or DROP TABLE IF EXISTS.");
    }

    static AnalysisException ambiguousReference(List<String> nameParts, List<AttributeReference> candidates) {
        List<String> names = new ArrayList<>();
        for (AttributeReference candidate : candidates) {
            List<String> parts = new ArrayList<>(candidate.qualifier());
            parts.add(candidate.name());
            names.add(toSqlId(parts));
        }
        names.sort(null);
        return error(
                "AMBIGUOUS_REFERENCE",
                "Reference " + toSqlId(nameParts) + " is ambiguous, could be: [" + String.join(", ", names) + "].");
    }

    /**
     * {@code [UNRESOLVED_COLUMN.WITH_SUGGESTION]}, the five closest of {@code candidates} (qualified names) suggested,
     * or {@code WITHOUT_SUGGESTION} when there are none.
     */
    static AnalysisException unresolvedColumn(List<String> nameParts, String sql, List<List<String>> candidates) {
        String message =
                "A column, variable, or function parameter with name " + toSqlId(nameParts) + " cannot be resolved.";
        if (candidates.isEmpty()) {
            return error("UNRESOLVED_COLUMN.WITHOUT_SUGGESTION", message);
        }
        List<String> ordered = Suggestions.ordered(sql, nameParts, candidates);
        String proposal = String.join(", ", ordered.subList(0, Math.min(5, ordered.size())));
        return error(
                "UNRESOLVED_COLUMN.WITH_SUGGESTION",
                message + " Did you mean one of the following? [" + proposal + "].");
    }

    /** {@code dropDuplicates} and {@code unionByName}: a column name none of the columns has. */
    static AnalysisException cannotResolveColumnAmong(String name, List<AttributeReference> columns) {
        String among = columns.stream().map(AttributeReference::name).collect(Collectors.joining(", "));
        return error("_LEGACY_ERROR_TEMP_1201", "Cannot resolve column name \"" + name + "\" among (" + among + ").");
    }

    static AnalysisException unresolvedRoutine(String name) {
        return error(
                "UNRESOLVED_ROUTINE",
                "Cannot resolve routine " + toSqlId(name) + " on search path [`system`.`builtin`, `system`.`session`,"
                        + " `spark_catalog`.`default`].");
    }

    // ---- nested fields and stars -------------------------------------------------------------------

    static AnalysisException fieldNotFound(String field, StructType struct) {
        String fields = Arrays.stream(struct.fields())
                .map(StructField::name)
                .map(AnalysisErrors::quoteIdentifier)
                .collect(Collectors.joining(", "));
        return error("FIELD_NOT_FOUND", "No such struct field " + quoteIdentifier(field) + " in " + fields + ".");
    }

    static AnalysisException ambiguousField(String field, int count) {
        return error(
                "AMBIGUOUS_REFERENCE_TO_FIELDS",
                "Ambiguous reference to the field " + quoteIdentifier(field) + ". It appears " + count
                        + " times in the schema.");
    }

    static AnalysisException invalidExtractBase(Expression base) {
        return error(
                "INVALID_EXTRACT_BASE_FIELD_TYPE",
                "Can't extract a value from " + toSqlExpr(base) + ". Need a complex type [STRUCT, ARRAY, MAP] but got "
                        + toSqlType(base.dataType()) + ".");
    }

    static AnalysisException invalidExtractField(Expression extraction) {
        return error(
                "INVALID_EXTRACT_FIELD_TYPE",
                "Field name should be a non-null string literal, but it's " + toSqlExpr(extraction) + ".");
    }

    static AnalysisException cannotResolveStarExpand(List<String> target, List<AttributeReference> input) {
        String columns = input.stream()
                .map(AttributeReference::name)
                .sorted()
                .map(AnalysisErrors::quoteIdentifier)
                .collect(Collectors.joining(", "));
        return error(
                "CANNOT_RESOLVE_STAR_EXPAND",
                "Cannot resolve " + toSqlId(target) + ".* given input columns " + columns
                        + ". Please check that the specified table or struct exists and is accessible in the input"
                        + " columns.");
    }

    static AnalysisException starExpandNotStruct(List<String> target) {
        return error(
                "_LEGACY_ERROR_TEMP_1050",
                "Can only star expand struct data types. Attribute: `List(" + String.join(", ", target) + ")`.");
    }

    static AnalysisException invalidStarUsage(String where) {
        return error("INVALID_USAGE_OF_STAR_OR_REGEX", "Invalid usage of '*' in " + where + ".");
    }

    // ---- types -------------------------------------------------------------------------------------

    private static final java.util.regex.Pattern SUBCLASS =
            java.util.regex.Pattern.compile("^\\[([A-Z_]+)\\] (.*)$", java.util.regex.Pattern.DOTALL);

    /**
     * {@code [DATATYPE_MISMATCH.<SUB>] Cannot resolve "<sql>" due to data type mismatch: <detail>}: what
     * {@code checkInputTypes()} said of {@code expression}. A report that starts with its subclass in brackets
     * ({@code [BINARY_OP_DIFF_TYPES] the left and right operands ...}) keeps it; any other is Spark's
     * {@code TYPE_CHECK_FAILURE_WITH_HINT}.
     */
    static AnalysisException dataTypeMismatch(Expression expression, String report) {
        java.util.regex.Matcher matcher = SUBCLASS.matcher(report);
        if (matcher.matches()) {
            return dataTypeMismatch(matcher.group(1), expression, matcher.group(2));
        }
        return dataTypeMismatch(
                "TYPE_CHECK_FAILURE_WITH_HINT", expression, report.endsWith(".") ? report : report + ".");
    }

    static AnalysisException dataTypeMismatch(String subclass, Expression expression, String detail) {
        return error(
                "DATATYPE_MISMATCH." + subclass,
                "Cannot resolve " + toSqlExpr(expression) + " due to data type mismatch: " + detail);
    }

    static AnalysisException binaryOpDiffTypes(Expression expression, DataType left, DataType right) {
        return dataTypeMismatch(
                "BINARY_OP_DIFF_TYPES",
                expression,
                "the left and right operands of the binary operator have incompatible types (" + toSqlType(left)
                        + " and " + toSqlType(right) + ").");
    }

    static AnalysisException dataDiffTypes(Expression expression, String function, List<DataType> types) {
        String listed = types.stream().map(AnalysisErrors::toSqlType).collect(Collectors.joining(" or "));
        return dataTypeMismatch(
                "DATA_DIFF_TYPES",
                expression,
                "Input to " + quoteIdentifier(function) + " should all be the same type, but it's (" + listed + ").");
    }

    static AnalysisException filterNotBoolean(Expression condition) {
        return dataTypeMismatch(
                "FILTER_NOT_BOOLEAN",
                condition,
                "Filter expression " + toSqlExpr(condition) + " of type " + toSqlType(condition.dataType())
                        + " is not a boolean.");
    }

    static AnalysisException invalidOrderingType(Expression order) {
        return dataTypeMismatch(
                "INVALID_ORDERING_TYPE",
                order,
                "The `sortorder` does not support ordering on type " + toSqlType(order.dataType()) + ".");
    }

    static AnalysisException joinConditionNotBoolean(Expression condition) {
        return error(
                "JOIN_CONDITION_IS_NOT_BOOLEAN_TYPE",
                "The join condition " + toSqlExpr(condition) + " has the invalid type "
                        + toSqlType(condition.dataType()) + ", expected \"BOOLEAN\".");
    }

    // ---- operators ---------------------------------------------------------------------------------

    static AnalysisException missingGroupBy() {
        return error(
                "MISSING_GROUP_BY",
                "The query does not include a GROUP BY clause. Add GROUP BY or turn it into the window functions"
                        + " using OVER clauses.");
    }

    static AnalysisException missingAggregation(Expression expression) {
        return error(
                "MISSING_AGGREGATION",
                "The non-aggregating expression " + toSqlExpr(expression) + " is based on columns which are not"
                        + " participating in the GROUP BY clause.\nAdd the columns or the expression to the GROUP BY,"
                        + " aggregate the expression, or use \"any_value(" + expression.sql() + ")\" if you do not care"
                        + " which of the values within a group is returned.");
    }

    static AnalysisException nestedAggregate() {
        return error(
                "NESTED_AGGREGATE_FUNCTION",
                "It is not allowed to use an aggregate function in the argument of another aggregate function. Please"
                        + " use the inner aggregate function in a sub-query.");
    }

    static AnalysisException groupByAggregate(Expression expression) {
        return error(
                "GROUP_BY_AGGREGATE",
                "Aggregate functions are not allowed in GROUP BY, but found " + toSqlExpr(expression) + ".");
    }

    static AnalysisException groupingNotOrderable(Expression expression) {
        return error(
                "GROUP_EXPRESSION_TYPE_IS_NOT_ORDERABLE",
                "The expression " + toSqlExpr(expression) + " cannot be used as a grouping expression because its"
                        + " data type " + toSqlType(expression.dataType()) + " is not an orderable data type.");
    }

    static AnalysisException nonDeterministicInAggregate(Expression expression) {
        return error(
                "AGGREGATE_FUNCTION_WITH_NONDETERMINISTIC_EXPRESSION",
                "Non-deterministic expression " + toSqlExpr(expression)
                        + " should not appear in the arguments of an aggregate function.");
    }

    static AnalysisException invalidWhereCondition(Expression condition, List<Expression> invalid) {
        return error(
                "INVALID_WHERE_CONDITION",
                "The WHERE condition " + toSqlExpr(condition) + " contains invalid expressions: "
                        + invalid.stream().map(Expression::sql).collect(Collectors.joining(", "))
                        + ".\nRewrite the query to avoid window functions, aggregate functions, and generator"
                        + " functions in the WHERE clause.");
    }

    static AnalysisException unsupportedExpressionsForOperator(List<Expression> invalid) {
        return error(
                "UNSUPPORTED_EXPR_FOR_OPERATOR",
                "A query operator contains one or more unsupported expressions.\nConsider to rewrite it to avoid"
                        + " window functions, aggregate functions, and generator functions in the WHERE clause.\n"
                        + "Invalid expressions: ["
                        + invalid.stream().map(Expression::sql).collect(Collectors.joining(", ")) + "]");
    }

    static AnalysisException numColumnsMismatch(String operator, int first, int ordinal, int columns) {
        return error(
                "NUM_COLUMNS_MISMATCH",
                operator + " can only be performed on inputs with the same number of columns, but the first input"
                        + " has " + first + " columns and the " + ordinal(ordinal) + " input has " + columns
                        + " columns.");
    }

    static AnalysisException incompatibleColumnType(
            String operator, int column, int table, DataType type, DataType firstType) {
        return error(
                "INCOMPATIBLE_COLUMN_TYPE",
                operator + " can only be performed on tables with compatible column types. The " + ordinal(column)
                        + " column of the " + ordinal(table) + " table is " + toSqlType(type)
                        + " type which is not compatible with " + toSqlType(firstType)
                        + " at the same column of the first table..");
    }

    static AnalysisException unresolvedUsingColumn(String column, String side, List<AttributeReference> columns) {
        String listed = columns.stream()
                .map(AttributeReference::name)
                .sorted()
                .map(AnalysisErrors::quoteIdentifier)
                .collect(Collectors.joining(", "));
        return error(
                "UNRESOLVED_USING_COLUMN_FOR_JOIN",
                "USING column " + quoteIdentifier(column) + " cannot be resolved on the " + side
                        + " side of the join. The " + side + "-side columns: [" + listed + "].");
    }

    static AnalysisException missingAttributes(
            List<AttributeReference> missing, List<AttributeReference> input, String operator) {
        String missingList = missing.stream().map(Object::toString).collect(Collectors.joining(","));
        String inputList = input.stream().map(Object::toString).collect(Collectors.joining(","));
        String message = "Resolved attribute(s) " + missingList + " missing from " + inputList + " in operator !"
                + operator + ".";
        List<String> sameName = missing.stream()
                .map(AttributeReference::name)
                .filter(name -> input.stream().anyMatch(a -> a.name().equals(name)))
                .distinct()
                .toList();
        if (sameName.isEmpty()) {
            return error("MISSING_ATTRIBUTES.RESOLVED_ATTRIBUTE_MISSING_FROM_INPUT", message);
        }
        return error(
                "MISSING_ATTRIBUTES.RESOLVED_ATTRIBUTE_APPEAR_IN_OPERATION",
                message + " Attribute(s) with the same name appear in the operation: " + String.join(", ", sameName)
                        + ".\nPlease check if the right attribute(s) are used.");
    }

    static AnalysisException internalError(String message) {
        return error("INTERNAL_ERROR", message);
    }

    // ---- generators and windows --------------------------------------------------------------------

    static AnalysisException generatorNested(Expression expression) {
        return error(
                "UNSUPPORTED_GENERATOR.NESTED_IN_EXPRESSIONS",
                "The generator is not supported: nested in expressions " + toSqlExpr(expression) + ".");
    }

    static AnalysisException generatorOutsideSelect(String operator) {
        return error(
                "UNSUPPORTED_GENERATOR.OUTSIDE_SELECT",
                "The generator is not supported: outside the SELECT clause, found: " + operator + ".");
    }

    static AnalysisException generatorAliasCount(int expected, List<String> names) {
        return error(
                "UDTF_ALIAS_NUMBER_MISMATCH",
                "The number of aliases supplied in the AS clause does not match the number of columns output by the"
                        + " UDTF.\nExpected " + expected + " aliases, but got "
                        + names.stream().map(AnalysisErrors::quoteIdentifier).collect(Collectors.joining(", ")) + ".");
    }

    static AnalysisException windowFunctionWithoutOver(Expression function) {
        return error(
                "WINDOW_FUNCTION_WITHOUT_OVER_CLAUSE",
                "Window function " + toSqlExpr(function) + " requires an OVER clause.");
    }

    static AnalysisException windowNotOrdered(Expression function) {
        String wf = function.toString();
        return error(
                "_LEGACY_ERROR_TEMP_1037",
                "Window function " + wf + " requires window to be ordered, please add ORDER BY clause. For example"
                        + " SELECT " + wf + "(value_expr) OVER (PARTITION BY window_partition ORDER BY window_ordering)"
                        + " from table.");
    }

    static AnalysisException windowInsideAggregate() {
        return error(
                "_LEGACY_ERROR_TEMP_1031",
                "It is not allowed to use a window function inside an aggregate function. Please use the inner window"
                        + " function in a sub-query.");
    }

    static AnalysisException windowInClause(String clause) {
        return error(
                "_LEGACY_ERROR_TEMP_1034", "It is not allowed to use window functions inside " + clause + " clause.");
    }

    static AnalysisException distinctWindowFunction(Expression window) {
        return error(
                "DISTINCT_WINDOW_FUNCTION_UNSUPPORTED", "Distinct window functions are not supported: " + window + ".");
    }

    static AnalysisException windowFrameMismatch(Object frame, Object required) {
        return error(
                "_LEGACY_ERROR_TEMP_1036",
                "Window Frame " + frame + " must match the required frame " + required + ".");
    }
}
