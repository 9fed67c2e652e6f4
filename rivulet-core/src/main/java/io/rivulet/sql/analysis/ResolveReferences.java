package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.UnresolvedAlias;
import io.rivulet.sql.expr.UnresolvedAttribute;
import io.rivulet.sql.expr.UnresolvedExtractValue;
import io.rivulet.sql.expr.UnresolvedFunction;
import io.rivulet.sql.expr.UnresolvedStar;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Deduplicate;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Names to columns, as Spark's {@code ResolveReferences}: once a node's children are resolved, every
 * {@link UnresolvedAttribute} of its expressions becomes the attribute of the children's output it names
 * ({@link ColumnResolution}: qualifiers, nested fields, case-insensitively, ambiguity errors), every
 * {@link UnresolvedExtractValue} over a resolved child a field, item or map value by the child's type, and every
 * {@link UnresolvedStar} in a select list or a call's arguments the columns it stands for ({@code *}, {@code t.*},
 * struct {@code s.*}; {@code count(*)} is {@code count(1)}). A name no column has stays unresolved: the check phase
 * reports it, with suggestions. {@code dropDuplicates} keys name whole columns (every column of that name), as
 * Spark's {@code Dataset.dropDuplicates}. A join waits until its sides have distinct ids
 * ({@link DeduplicateRelations}).
 */
final class ResolveReferences implements AnalyzerRule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan node, AnalysisContext context) {
        if (!Plans.childrenResolved(node) || (node instanceof Join join && Plans.sidesShareIds(join))) {
            return Optional.empty();
        }
        List<AttributeReference> input = node.inputAttributes();
        LogicalPlan result;
        if (node instanceof Project project) {
            List<NamedExpression> list = resolveList(project.projectList(), input);
            result = list.equals(project.projectList()) ? node : new Project(list, project.child());
        } else if (node instanceof Aggregate aggregate) {
            List<Expression> grouping = new ArrayList<>();
            for (Expression expression : aggregate.grouping()) {
                grouping.add(resolveExpression(expression, input));
            }
            List<NamedExpression> aggregates = resolveList(aggregate.aggregates(), input);
            result = grouping.equals(aggregate.grouping()) && aggregates.equals(aggregate.aggregates())
                    ? node
                    : new Aggregate(grouping, aggregates, aggregate.child());
        } else if (node instanceof Deduplicate deduplicate) {
            result = resolveKeys(deduplicate);
        } else {
            result = Plans.mapExpressions(node, e -> resolveExpression(e, input));
        }
        for (Expression expression : result.expressions()) {
            if (expression.exists(e -> e instanceof UnresolvedStar)) {
                throw AnalysisErrors.invalidStarUsage(operatorName(result));
            }
        }
        return result == node ? Optional.empty() : Optional.of(result);
    }

    /** A select list with its stars expanded and names resolved; a nested field at the top named by its field. */
    private static List<NamedExpression> resolveList(List<NamedExpression> list, List<AttributeReference> input) {
        List<NamedExpression> resolved = new ArrayList<>(list.size());
        for (NamedExpression item : list) {
            if (item instanceof UnresolvedAlias alias && alias.child() instanceof UnresolvedStar star) {
                resolved.addAll(expandStar(star, input));
            } else if (item instanceof UnresolvedAlias alias && alias.child() instanceof UnresolvedAttribute name) {
                Optional<Expression> column = ColumnResolution.resolve(name.nameParts(), input, true);
                resolved.add(column.isPresent() ? new UnresolvedAlias(column.get()) : item);
            } else {
                resolved.add((NamedExpression) resolveExpression(item, input));
            }
        }
        return resolved;
    }

    static Expression resolveExpression(Expression expression, List<AttributeReference> input) {
        return expression.transformUp(e -> resolveNode(e, input));
    }

    private static Expression resolveNode(Expression node, List<AttributeReference> input) {
        if (node instanceof UnresolvedAttribute name) {
            return ColumnResolution.resolve(name.nameParts(), input, false).orElse(node);
        } else if (node instanceof UnresolvedExtractValue extract
                && extract.child().resolved()
                && extract.extraction().resolved()) {
            return ColumnResolution.extractValue(extract.child(), extract.extraction());
        } else if (node instanceof UnresolvedFunction call
                && call.arguments().stream().anyMatch(a -> a instanceof UnresolvedStar)) {
            return expandArguments(call, input);
        }
        return node;
    }

    private static Expression expandArguments(UnresolvedFunction call, List<AttributeReference> input) {
        if (call.name().toLowerCase(Locale.ROOT).equals("count")
                && !call.distinct()
                && call.arguments().equals(List.of(UnresolvedStar.ALL))) {
            return new UnresolvedFunction(call.name(), List.of(Literal.of(1)), false);
        }
        List<Expression> arguments = new ArrayList<>();
        for (Expression argument : call.arguments()) {
            if (argument instanceof UnresolvedStar star) {
                for (NamedExpression column : expandStar(star, input)) {
                    arguments.add(column instanceof Alias alias ? alias.child() : column);
                }
            } else {
                arguments.add(argument);
            }
        }
        return new UnresolvedFunction(call.name(), arguments, call.distinct());
    }

    /** The columns {@code *}, {@code t.*} or {@code s.*} stands for, as Spark's {@code UnresolvedStar.expand}. */
    static List<NamedExpression> expandStar(UnresolvedStar star, List<AttributeReference> input) {
        List<String> target = star.target();
        if (target.isEmpty()) {
            return List.copyOf(input);
        }
        List<NamedExpression> qualified = new ArrayList<>();
        for (AttributeReference attribute : input) {
            if (qualifierEndsWith(attribute.qualifier(), target)) {
                qualified.add(attribute);
            }
        }
        if (!qualified.isEmpty()) {
            return qualified;
        }
        Expression struct = ColumnResolution.resolve(target, input, false)
                .orElseThrow(() -> AnalysisErrors.cannotResolveStarExpand(target, input));
        if (!(struct.dataType() instanceof StructType type)) {
            throw AnalysisErrors.starExpandNotStruct(target);
        }
        List<NamedExpression> fields = new ArrayList<>();
        StructField[] structFields = type.fields();
        for (int i = 0; i < structFields.length; i++) {
            String name = structFields[i].name();
            fields.add(Alias.of(new io.rivulet.sql.expr.GetStructField(struct, i, name), name));
        }
        return fields;
    }

    private static boolean qualifierEndsWith(List<String> qualifier, List<String> target) {
        if (qualifier.size() < target.size()) {
            return false;
        }
        int offset = qualifier.size() - target.size();
        for (int i = 0; i < target.size(); i++) {
            if (!ColumnResolution.sameName(qualifier.get(offset + i), target.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code dropDuplicates("a", "b")}: every column named {@code a} or {@code b}, in the order named. */
    private static LogicalPlan resolveKeys(Deduplicate deduplicate) {
        List<AttributeReference> columns = deduplicate.child().output();
        List<Expression> keys = new ArrayList<>();
        boolean changed = false;
        for (Expression key : deduplicate.keys()) {
            if (!(key instanceof UnresolvedAttribute name)) {
                keys.add(key);
                continue;
            }
            String column = String.join(".", name.nameParts());
            List<AttributeReference> matches = columns.stream()
                    .filter(a -> ColumnResolution.sameName(a.name(), column))
                    .toList();
            if (matches.isEmpty()) {
                throw AnalysisErrors.cannotResolveColumnAmong(column, columns);
            }
            for (AttributeReference match : matches) {
                if (!keys.contains(match)) {
                    keys.add(match);
                }
            }
            changed = true;
        }
        return changed ? new Deduplicate(keys, deduplicate.child()) : deduplicate;
    }

    private static String operatorName(LogicalPlan node) {
        return node.getClass().getSimpleName();
    }
}
