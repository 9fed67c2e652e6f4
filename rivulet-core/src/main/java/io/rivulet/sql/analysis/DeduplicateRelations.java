package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.ExprId;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.plan.Generate;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.LocalRelation;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.RangeRelation;
import io.rivulet.sql.plan.RddRelation;
import io.rivulet.sql.plan.ScanRelation;
import io.rivulet.sql.plan.SetOperation;
import io.rivulet.sql.plan.Union;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Distinct ids on both sides of a join, intersect, except or union, as Spark's {@code DeduplicateRelations}:
 * {@code df.join(df, ...)} joins one plan with itself, so every column would be on both sides under one id, and no
 * reference could say which side it means. When a later child produces an id an earlier one produces too (anywhere in
 * its subtree), the later child is made anew: every id it defines (its relations' columns, its aliases, its
 * generators' columns) gets a fresh one, and its expressions follow. Waits for resolved children.
 */
final class DeduplicateRelations implements AnalyzerRule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan node, AnalysisContext context) {
        if (!(node instanceof Join || node instanceof SetOperation || node instanceof Union)
                || !Plans.childrenResolved(node)) {
            return Optional.empty();
        }
        List<LogicalPlan> children = node.children();
        Set<ExprId> earlier = new HashSet<>(producedIds(children.get(0)));
        List<LogicalPlan> renewed = new ArrayList<>(children);
        boolean changed = false;
        for (int i = 1; i < children.size(); i++) {
            Set<ExprId> ids = producedIds(children.get(i));
            if (ids.stream().anyMatch(earlier::contains)) {
                LogicalPlan fresh = renew(children.get(i));
                renewed.set(i, fresh);
                ids = producedIds(fresh);
                changed = true;
            }
            earlier.addAll(ids);
        }
        return changed ? Optional.of(node.withNewChildren(renewed)) : Optional.empty();
    }

    /** The ids of the columns every node of the subtree gives. */
    static Set<ExprId> producedIds(LogicalPlan plan) {
        Set<ExprId> ids = new HashSet<>();
        for (LogicalPlan node : plan.collect(p -> true)) {
            for (AttributeReference attribute : node.output()) {
                ids.add(attribute.exprId());
            }
        }
        return ids;
    }

    /** The plan with a fresh id for every column it defines. */
    static LogicalPlan renew(LogicalPlan plan) {
        Map<ExprId, ExprId> fresh = new HashMap<>();
        return plan.transformUp(node -> renewNode(node, fresh));
    }

    private static LogicalPlan renewNode(LogicalPlan node, Map<ExprId, ExprId> fresh) {
        if (node instanceof LocalRelation local) {
            return new LocalRelation(renewAll(local.output(), fresh), local.batches());
        } else if (node instanceof RangeRelation range) {
            return new RangeRelation(
                    range.start(), range.end(), range.step(), range.numPartitions(), renewAttribute(range.id(), fresh));
        } else if (node instanceof RddRelation rdd) {
            return new RddRelation(rdd.name(), rdd.rdd(), renewAll(rdd.output(), fresh));
        } else if (node instanceof ScanRelation scan) {
            return new ScanRelation(scan.table(), renewAll(scan.output(), fresh), scan.pushedFilters());
        } else if (node.children().isEmpty()) {
            throw new IllegalStateException("cannot give new ids to the columns of " + node.nodeString());
        }
        LogicalPlan rewritten = node.transformExpressions(e -> renewExpression(e, fresh));
        if (rewritten instanceof Generate generate) {
            return new Generate(
                    generate.generator(),
                    generate.outer(),
                    generate.outputNames(),
                    renewAll(generate.generatorOutput(), fresh),
                    generate.child());
        }
        return rewritten;
    }

    private static Expression renewExpression(Expression expression, Map<ExprId, ExprId> fresh) {
        if (expression instanceof AttributeReference attribute && fresh.containsKey(attribute.exprId())) {
            return new AttributeReference(
                    attribute.name(),
                    attribute.dataType(),
                    attribute.nullable(),
                    fresh.get(attribute.exprId()),
                    attribute.qualifier());
        } else if (expression instanceof Alias alias) {
            ExprId id = fresh.computeIfAbsent(alias.exprId(), old -> ExprId.next());
            return new Alias(alias.child(), alias.name(), id);
        }
        return expression;
    }

    private static List<AttributeReference> renewAll(List<AttributeReference> attributes, Map<ExprId, ExprId> fresh) {
        return attributes.stream().map(a -> renewAttribute(a, fresh)).toList();
    }

    private static AttributeReference renewAttribute(AttributeReference attribute, Map<ExprId, ExprId> fresh) {
        ExprId id = fresh.computeIfAbsent(attribute.exprId(), old -> ExprId.next());
        return new AttributeReference(
                attribute.name(), attribute.dataType(), attribute.nullable(), id, attribute.qualifier());
    }
}
