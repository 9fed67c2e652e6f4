package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.UnresolvedAlias;
import io.rivulet.sql.expr.UnresolvedAttribute;
import io.rivulet.sql.plan.LocalRelation;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.session.SqlConf;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the analyzer's tests build plans from: relations of attributes, a catalog whose function registry knows the
 * test functions ({@link TestFunctions}), and plan strings with the ids numbered from the leaves up, so that text
 * blocks do not depend on the JVM-wide id counter.
 */
final class AnalyzerFixtures {
    static final SqlConf CONF = new SqlConf(2, 10L << 20, ZoneOffset.UTC, true, 32L << 20, 2);

    static final StructType S_TYPE = new StructType()
            .add("f", DataTypes.IntegerType, false)
            .add("g", new StructType().add("h", DataTypes.IntegerType, false), false);

    private AnalyzerFixtures() {}

    static AttributeReference attr(String name, DataType type) {
        return AttributeReference.of(name, type, true);
    }

    static LocalRelation relation(AttributeReference... columns) {
        return new LocalRelation(List.of(columns), List.of());
    }

    /** As the probe's {@code t1}: {@code a INT, b BIGINT, c STRING, s STRUCT<f, g<h>>, arr ARRAY<INT>, m MAP<STRING,INT>}. */
    static LocalRelation t1() {
        return relation(
                attr("a", DataTypes.IntegerType),
                attr("b", DataTypes.LongType),
                attr("c", DataTypes.StringType),
                attr("s", S_TYPE),
                attr("arr", DataTypes.createArrayType(DataTypes.IntegerType)),
                attr("m", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType)));
    }

    static UnresolvedAttribute col(String name) {
        return UnresolvedAttribute.quoted(name);
    }

    static UnresolvedAlias named(Expression expression) {
        return new UnresolvedAlias(expression);
    }

    static Project select(LogicalPlan child, Expression... items) {
        return new Project(
                Arrays.stream(items)
                        .map(e -> e instanceof NamedExpression n ? n : (NamedExpression) named(e))
                        .toList(),
                child);
    }

    static Catalog catalog() {
        return new Catalog(TestFunctions.RESOLVER);
    }

    static Analyzer analyzer(Catalog catalog) {
        return new Analyzer(catalog, CONF);
    }

    static LogicalPlan analyze(LogicalPlan plan) {
        return analyzer(catalog()).analyze(plan);
    }

    /** The tree string with ids renumbered in order of first appearance from the last line up. */
    static String tree(LogicalPlan plan) {
        return normalize(plan.treeString());
    }

    private static final Pattern ID = Pattern.compile("#(\\d+)");

    static String normalize(String text) {
        String[] lines = text.split("\n", -1);
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = lines.length - 1; i >= 0; i--) {
            Matcher matcher = ID.matcher(lines[i]);
            while (matcher.find()) {
                numbers.putIfAbsent(matcher.group(1), numbers.size());
            }
        }
        Matcher matcher = ID.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, "#" + numbers.get(matcher.group(1)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
