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
     * (a pushed filter meets another to merge, a folded condition empties a relation). Within a round:
     * filters move down before the projections are collapsed and pruned (so that a filter passes a projection
     * while it is still there to substitute through); the expression rules run after (they see the merged
     * conditions), ConstantFolding after the rules that make constants (NullPropagation, OptimizeIn) and before
     * those that look for them (BooleanSimplification, SimplifyConditionals, PruneFilters, PropagateEmptyRelation).
     */
    private static List<Rule> operatorOptimization() {
        return List.of(
                new CombineUnions(),
                new LimitPushDown(),
                new CombineLimits(),
                new EliminateLimits(),
                new ColumnPruning(),
                new PruneScanColumns(),
                new CollapseProject(),
                new RemoveRedundantProject(),
                new RemoveRedundantSort(),
                new ConstantFolding(),
                new PruneFilters(),
                new SimplifyCasts(),
                new PropagateEmptyRelation());
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
            Batch.fixedPoint("Replace Operators", new ReplaceDistinctWithAggregate()),
            Batch.fixedPoint("Operator Optimization", operatorOptimization().toArray(Rule[]::new)));

    /**
     * The rules that exclusion cannot switch off: the planner knows no node for what they remove, as Spark's
     * {@code nonExcludableRules}.
     */
    public static final Set<String> NON_EXCLUDABLE_RULES =
            Set.of("EliminateSubqueryAliases", "RemoveBroadcastHints", "ReplaceDistinctWithAggregate");

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
