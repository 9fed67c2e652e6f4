package io.rivulet.sql.optimizer;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.session.SqlConf;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Rewrites a resolved plan into a cheaper one that gives the same rows, as Spark's {@code Optimizer}: the rules
 * of {@link #BATCHES}, in order, each batch once or to a fixed point ({@link RuleExecutor}), every rewrite
 * checked to keep the output of the node it replaced. Rules named in {@code rivulet.sql.optimizer.excludedRules}
 * are skipped, except {@link #NON_EXCLUDABLE_RULES}.
 *
 * <p>Reviewer checklist for a new rule: one class, named for what it does, returning empty when it does not
 * apply (or the batch never ends); a place in {@link #BATCHES} with the order it needs said in a comment; a test
 * printing the plan before and after, and one where it does not fire.
 */
public final class Optimizer {
    /**
     * The rules that rewrite operators and expressions in place: pushing filters and limits down, pruning
     * columns, simplifying expressions. They run together to a fixed point, since each opens chances for others
     * (a pushed filter meets another to merge, a folded condition empties a relation). Within a round, as in
     * Spark's {@code operatorOptimizationRuleSet}: filters merge, then move down, before the projections are
     * collapsed and pruned (a filter passes a projection while it is still there to substitute through, and
     * pruning then sees where each filter ended); the expression rules come after, NullPropagation and OptimizeIn
     * before ConstantFolding (they make constants), ConstantFolding before the rules that look for constants
     * (LikeSimplification, BooleanSimplification, SimplifyConditionals), and those before PruneFilters and
     * PropagateEmptyRelation, which act on the constant conditions they leave.
     */
    private static Rule[] operatorOptimization() {
        return new Rule[] {
            new CombineUnions(),
            new MergeAdjacentFilters(),
            new PushFilterThroughProject(),
            new PushFilterThroughAggregate(),
            new PushFilterThroughUnion(),
            new PushFilterThroughSortOrRepartition(),
            new PushFilterThroughJoin(),
            new PushJoinConditionIntoChildren(),
            new LimitPushDown(),
            new CombineLimits(),
            new EliminateLimits(),
            new ColumnPruning(),
            new PruneScanColumns(),
            new CollapseProject(),
            new RemoveRedundantProject(),
            new RemoveRedundantSort(),
            new NullPropagation(),
            new OptimizeIn(),
            new ConstantFolding(),
            new LikeSimplification(),
            new BooleanSimplification(),
            new SimplifyConditionals(),
            new SimplifyCasts(),
            new PruneFilters(),
            new PropagateEmptyRelation()
        };
    }

    /** The catalogue: every rule of the optimizer, batch by batch, in the order they run. */
    public static final List<Batch> BATCHES = List.of(
            // Aliases and hints first: they sit between the nodes every later rule matches (a filter over a join).
            // Hints go into the joins before the hint nodes that no join took are dropped.
            Batch.once(
                    "Finish Analysis",
                    new EliminateSubqueryAliases(),
                    new PushBroadcastHintIntoJoin(),
                    new RemoveBroadcastHints()),
            Batch.once("Union", new CombineUnions()),
            // Before the operators are rewritten: an empty side spares the rewrite of a set operation.
            Batch.fixedPoint("LocalRelation early", new PropagateEmptyRelation()),
            // The nodes the planner does not know, replaced by joins and aggregations. The set operations first:
            // their rewrites make the distinct that ReplaceDistinctWithAggregate then replaces.
            Batch.fixedPoint(
                    "Replace Operators",
                    new RewriteExceptAll(),
                    new RewriteIntersectAll(),
                    new ReplaceIntersectWithSemiJoin(),
                    new ReplaceExceptWithAntiJoin(),
                    new ReplaceDistinctWithAggregate()),
            Batch.fixedPoint("Operator Optimization", operatorOptimization()),
            // Once the filters are in the join conditions and the scans pruned (the sizes it compares are final):
            // it reads through the pruning projections, which the next batch puts back.
            Batch.once("Join Reorder", new ReorderJoin()),
            Batch.fixedPoint("Operator Optimization after Join Reorder", operatorOptimization()),
            // Last: the filter right above each scan is final, so is what the scan is offered.
            Batch.once("Push Filters Into Scans", new PushFilterIntoScan()));

    /**
     * The rules that exclusion cannot switch off: the planner knows no node for what they remove, as Spark's
     * {@code nonExcludableRules}.
     */
    public static final Set<String> NON_EXCLUDABLE_RULES = Set.of(
            "EliminateSubqueryAliases",
            "RemoveBroadcastHints",
            "ReplaceDistinctWithAggregate",
            "ReplaceIntersectWithSemiJoin",
            "ReplaceExceptWithAntiJoin",
            "RewriteExceptAll",
            "RewriteIntersectAll");

    private static final String PACKAGE = Optimizer.class.getPackageName() + ".";

    private final SqlConf conf;
    private final List<Batch> batches;

    public Optimizer(SqlConf conf) {
        this(conf, BATCHES);
    }

    /** An optimizer of other batches (tests). */
    Optimizer(SqlConf conf, List<Batch> batches) {
        this.conf = requireNonNull(conf, "conf is null");
        this.batches = List.copyOf(batches);
    }

    SqlConf conf() {
        return conf;
    }

    public LogicalPlan optimize(LogicalPlan plan) {
        requireNonNull(plan, "plan is null");
        return RuleExecutor.execute(plan, batches, excludedRules(), RuleContext.of(conf));
    }

    /** The names {@code rivulet.sql.optimizer.excludedRules} gives, checked against the catalogue. */
    Set<String> excludedRules() {
        Set<String> known = new LinkedHashSet<>();
        for (Batch batch : batches) {
            for (Rule rule : batch.rules()) {
                known.add(rule.name());
            }
        }
        Set<String> excluded = new LinkedHashSet<>();
        for (String given : conf.optimizerExcludedRules()) {
            String name = given.startsWith(PACKAGE) ? given.substring(PACKAGE.length()) : given;
            if (NON_EXCLUDABLE_RULES.contains(name)) {
                throw new IllegalArgumentException("rivulet.sql.optimizer.excludedRules: the rule '" + given
                        + "' cannot be excluded: the planner needs it (the rules that cannot be: "
                        + new ArrayList<>(new java.util.TreeSet<>(NON_EXCLUDABLE_RULES)) + ")");
            }
            if (!known.contains(name)) {
                throw new IllegalArgumentException("rivulet.sql.optimizer.excludedRules: no optimizer rule is named '"
                        + given + "'; the rules are " + known);
            }
            excluded.add(name);
        }
        return excluded;
    }
}
