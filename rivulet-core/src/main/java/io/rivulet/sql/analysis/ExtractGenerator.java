package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Generator;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.UnresolvedAlias;
import io.rivulet.sql.plan.Generate;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A generator in a select list ({@code select(explode(col("arr")))}) moves into a {@code Generate} under the
 * projection, whose item becomes the generator's columns, as Spark's {@code ExtractGenerator}: named by the item's
 * alias ({@code explode(arr) AS x}) or by the generator's element schema. As in Spark 4 (SPARK-47241), a select list
 * may hold several generators: once the list is resolved but for its generators, the first is extracted, the next in
 * the next iteration above it, and so on. A generator inside an expression ({@code explode(arr) + 1}) is
 * {@code [UNSUPPORTED_GENERATOR.NESTED_IN_EXPRESSIONS]}; one in another operator is reported by the check phase
 * ({@code OUTSIDE_SELECT}).
 */
final class ExtractGenerator implements AnalyzerRule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan node, AnalysisContext context) {
        if (!(node instanceof Project project) || !Plans.resolved(project.child())) {
            return Optional.empty();
        }
        List<NamedExpression> list = project.projectList();
        int index = -1;
        for (int i = 0; i < list.size(); i++) {
            NamedExpression item = list.get(i);
            Optional<Generator> generator = topLevelGenerator(item);
            if (generator.isEmpty() && Expressions.containsGenerator(item)) {
                Expression nested = item instanceof UnresolvedAlias || item instanceof Alias
                        ? item.children().get(0)
                        : item;
                if (ColumnResolution.namesResolved(nested)) {
                    throw AnalysisErrors.generatorNested(CleanupAliases.trimAll(nested));
                }
                return Optional.empty();
            }
            if (!ColumnResolution.namesResolved(generator.isPresent() ? generator.get() : item)) {
                return Optional.empty(); // as Spark 4: the whole list first, so that stars expand before
            }
            if (generator.isPresent() && index < 0) {
                index = i;
            }
        }
        if (index < 0 || !topLevelGenerator(list.get(index)).orElseThrow().resolved()) {
            return Optional.empty();
        }
        NamedExpression item = list.get(index);
        Generator generator = topLevelGenerator(item).orElseThrow();
        List<String> names = item instanceof Alias alias ? List.of(alias.name()) : List.of();
        List<AttributeReference> output = ResolveGenerate.output(generator, names, false);
        Generate generate = new Generate(generator, false, names, output, project.child());
        List<NamedExpression> rewritten = new ArrayList<>(list.subList(0, index));
        rewritten.addAll(output);
        rewritten.addAll(list.subList(index + 1, list.size()));
        return Optional.of(new Project(rewritten, generate));
    }

    /** The generator an item is, unnamed or under an alias. */
    private static Optional<Generator> topLevelGenerator(NamedExpression item) {
        if (item instanceof UnresolvedAlias alias && alias.child() instanceof Generator generator) {
            return Optional.of(generator);
        } else if (item instanceof Alias alias && alias.child() instanceof Generator generator) {
            return Optional.of(generator);
        }
        return Optional.empty();
    }
}
