package io.rivulet.sql.expr;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How calls of the operators' functions print, as Spark prints its operator nodes: {@code (a + 1)} rather than
 * {@code +(a, 1)}, {@code (NOT x)}, {@code (x IS NULL)}, {@code (a IN (1, 2))}, {@code CASE WHEN ... END}. The SQL
 * form ({@link Expression#sql()}) parses back to the same call; the plan form ({@link Object#toString()}) is
 * Spark's ({@code ('a + 1)}, {@code NOT ('a = 1)}, {@code 'a IN (1,2)}).
 */
final class OperatorSql {
    private static final Map<String, String> BINARY = Map.ofEntries(
            Map.entry("+", "+"),
            Map.entry("-", "-"),
            Map.entry("*", "*"),
            Map.entry("/", "/"),
            Map.entry("%", "%"),
            Map.entry("div", "div"),
            Map.entry("=", "="),
            Map.entry("==", "="),
            Map.entry("<=>", "<=>"),
            Map.entry("<", "<"),
            Map.entry("<=", "<="),
            Map.entry(">", ">"),
            Map.entry(">=", ">="),
            Map.entry("!=", "!="),
            Map.entry("<>", "<>"),
            Map.entry("&", "&"),
            Map.entry("|", "|"),
            Map.entry("^", "^"),
            Map.entry("and", "AND"),
            Map.entry("or", "OR"));

    private OperatorSql() {}

    /** The SQL of {@code name(arguments)} if it is an operator, else null. */
    static String sql(String name, List<Expression> arguments) {
        String key = name.toLowerCase(Locale.ROOT);
        int n = arguments.size();
        if (n == 2 && BINARY.containsKey(key)) {
            return "(" + arguments.get(0).sql() + " " + BINARY.get(key) + " "
                    + arguments.get(1).sql() + ")";
        }
        if (n == 1) {
            String child = arguments.get(0).sql();
            switch (key) {
                case "not":
                case "!":
                    return "(NOT " + child + ")";
                case "negative":
                    return "(- " + child + ")";
                case "positive":
                    return "(+ " + child + ")";
                case "~":
                    return "~" + child;
                case "isnull":
                    return "(" + child + " IS NULL)";
                case "isnotnull":
                    return "(" + child + " IS NOT NULL)";
                default:
                    return null;
            }
        }
        if (key.equals("in") && n >= 1) {
            return "(" + arguments.get(0).sql() + " IN (" + join(arguments.subList(1, n), true, ", ") + "))";
        }
        if (key.equals("when") && n >= 2) {
            return caseWhen(arguments, true);
        }
        if ((key.equals("like") || key.equals("ilike")) && (n == 2 || n == 3)) {
            return like(key, arguments, true);
        }
        return null;
    }

    /** The plan form of {@code name(arguments)} if it is an operator, else null. */
    static String plan(String name, List<Expression> arguments) {
        String key = name.toLowerCase(Locale.ROOT);
        int n = arguments.size();
        if (n == 2 && BINARY.containsKey(key)) {
            return "(" + arguments.get(0) + " " + BINARY.get(key) + " " + arguments.get(1) + ")";
        }
        if (n == 1 && (key.equals("not") || key.equals("!"))) {
            return "NOT " + arguments.get(0);
        }
        if (n == 1 && key.equals("negative")) {
            return "-" + arguments.get(0);
        }
        if (n == 1 && key.equals("~")) {
            return "~" + arguments.get(0);
        }
        if (key.equals("in") && n >= 1) {
            return arguments.get(0) + " IN (" + join(arguments.subList(1, n), false, ",") + ")";
        }
        if (key.equals("when") && n >= 2) {
            return caseWhen(arguments, false);
        }
        if ((key.equals("like") || key.equals("ilike")) && (n == 2 || n == 3)) {
            return like(key, arguments, false);
        }
        return null;
    }

    private static String caseWhen(List<Expression> arguments, boolean sql) {
        StringBuilder out = new StringBuilder("CASE");
        int pairs = arguments.size() / 2;
        for (int i = 0; i < pairs; i++) {
            out.append(" WHEN ").append(text(arguments.get(2 * i), sql));
            out.append(" THEN ").append(text(arguments.get(2 * i + 1), sql));
        }
        if (arguments.size() % 2 == 1) {
            out.append(" ELSE ").append(text(arguments.get(arguments.size() - 1), sql));
        }
        return out.append(" END").toString();
    }

    private static String like(String key, List<Expression> arguments, boolean sql) {
        String text =
                text(arguments.get(0), sql) + " " + key.toUpperCase(Locale.ROOT) + " " + text(arguments.get(1), sql);
        if (arguments.size() == 3) {
            Expression escape = arguments.get(2);
            String value = escape instanceof Literal literal && literal.value() != null
                    ? String.valueOf(literal.externalValue())
                    : escape.sql();
            text += " ESCAPE '" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        return text;
    }

    private static String join(List<Expression> expressions, boolean sql, String separator) {
        return expressions.stream().map(e -> text(e, sql)).collect(Collectors.joining(separator));
    }

    private static String text(Expression e, boolean sql) {
        return sql ? e.sql() : e.toString();
    }
}
