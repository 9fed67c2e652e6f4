package io.rivulet.sql.analysis;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.UnresolvedAlias;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.session.SqlConf;
import io.rivulet.sql.session.SqlSession;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a plan as Spark's {@code Analyzer} does: names to the attributes of the children's outputs, relations to
 * the catalog's views, calls to the function registry's nodes; then inserts the casts where types must meet (Spark
 * 4's ANSI type coercion) and checks that nothing is left unresolved ({@link CheckAnalysis}).
 *
 * <p>How: batches of {@link AnalyzerRule}s, each run over the plan bottom up, the whole batch again and again until an
 * iteration changes nothing (a fixed point), at most {@value #MAX_ITERATIONS} times: a rule that keeps rewriting is a
 * bug, reported as an {@link IllegalStateException} naming the batch. The rules wait for what they need (a reference
 * waits for its child's output to be resolved, an alias for its child's names, coercion for resolved children), so
 * their order is about speed, not correctness, except where a comment in {@link #BATCHES} says otherwise.
 *
 * <p>Idempotent and cheap on what is done: a subtree the analyzer returned before ({@link AnalyzedPlans}) is left as
 * it is, neither rewritten nor checked again, so that a DataFrame built step by step costs each step its new node.
 *
 * <p>Reviewer checklist: a new rule returns empty when it does not apply (never an equal node); it leaves resolved
 * attributes' ids alone (plans refer to columns by id); its errors are Spark's classes and texts
 * ({@link AnalysisErrors}); it has a test with the plan before and after as text blocks and a "does not fire" case.
 */
public final class Analyzer {
    /** The most iterations of a batch, as Spark's {@code spark.sql.analyzer.maxIterations}. */
    public static final int MAX_ITERATIONS = 100;

    /** A named list of rules run to a fixed point (or once, when {@code maxIterations} is 1). */
    record Batch(String name, int maxIterations, List<AnalyzerRule> rules) {
        Batch {
            rules = List.copyOf(rules);
        }
    }

    /** The batches, in order. */
    static final List<Batch> BATCHES = List.of(
            new Batch(
                    "Resolution",
                    MAX_ITERATIONS,
                    List.of(
                            new ResolveDeferredExpressions(),
                            new ResolveRelations(),
                            // Before references: a self-join's sides must have distinct ids first.
                            new DeduplicateRelations(),
                            new ResolveReferences(),
                            new ResolveFunctions(),
                            new ResolveUsingJoin(),
                            new ResolveUnionByName(),
                            // Frames before aliases: a window column's name shows its frame.
                            new ResolveWindowFrame(),
                            new ResolveAliases(),
                            new ResolveGenerate(),
                            new ExtractGenerator(),
                            new GlobalAggregates(),
                            new ResolveAggregateFunctions(),
                            new ExtractWindowExpressions(),
                            new ResolveMissingReferences(),
                            // Type coercion last: it needs resolved children, and named columns (an alias is named
                            // before casts are inserted into its child, so that implicit casts stay out of names).
                            new WidenSetOperationTypes(),
                            new TypeCoercion())),
            new Batch("Cleanup", 1, List.of(new CleanupAliases())));

    private final AnalysisContext context;
    private final List<Batch> batches;

    public Analyzer(SqlSession session) {
        this(requireNonNull(session, "session is null").catalog(), session.conf());
    }

    public Analyzer(Catalog catalog, SqlConf conf) {
        this(catalog, conf, BATCHES);
    }

    /** An analyzer of other batches, for tests. */
    Analyzer(Catalog catalog, SqlConf conf, List<Batch> batches) {
        this.context = new AnalysisContext(catalog, conf);
        this.batches = List.copyOf(batches);
    }

    /**
     * The resolved plan.
     *
     * @throws io.rivulet.sql.AnalysisException naming what cannot be resolved (a column, a table, a function, types
     *     that do not meet, an aggregate where none may be), with Spark's error class and message
     */
    public LogicalPlan analyze(LogicalPlan plan) {
        requireNonNull(plan, "plan is null");
        if (AnalyzedPlans.contains(plan)) {
            return plan;
        }
        LogicalPlan result = plan;
        for (Batch batch : batches) {
            result = execute(batch, result);
        }
        new CheckAnalysis().check(result);
        AnalyzedPlans.add(result);
        return result;
    }

    /**
     * {@code expression} resolved against the output of {@code input} (an analyzed plan, or one to analyze): names,
     * functions and casts, as in {@code df.filter(column)}. Aggregates, window functions and generators need an
     * operator of their own and are refused.
     */
    public Expression analyzeExpression(Expression expression, LogicalPlan input) {
        NamedExpression named =
                expression instanceof NamedExpression n ? n : new UnresolvedAlias(requireNonNull(expression));
        LogicalPlan analyzedInput = analyze(input);
        LogicalPlan analyzed = analyze(new Project(List.of(named), analyzedInput));
        if (!(analyzed instanceof Project project) || project.child() != analyzedInput) {
            throw new IllegalArgumentException(
                    "the expression needs an operator of its own (an aggregate, a window or a generator): "
                            + expression.sql());
        }
        NamedExpression result = project.projectList().get(0);
        if (named instanceof UnresolvedAlias && result instanceof Alias alias) {
            return alias.child();
        }
        return result;
    }

    private LogicalPlan execute(Batch batch, LogicalPlan plan) {
        LogicalPlan current = plan;
        for (int iteration = 1; iteration <= batch.maxIterations(); iteration++) {
            LogicalPlan before = current;
            List<String> changedBy = new ArrayList<>();
            for (AnalyzerRule rule : batch.rules()) {
                LogicalPlan after = applyBottomUp(rule, current);
                if (after != current) {
                    changedBy.add(rule.name());
                }
                current = after;
            }
            if (current == before || current.equals(before)) {
                return current;
            }
            if (iteration == batch.maxIterations() && batch.maxIterations() > 1) {
                throw new IllegalStateException("Max iterations (" + batch.maxIterations() + ") reached for batch "
                        + batch.name() + ": the rules " + changedBy + " still change the plan\n"
                        + current.treeString());
            }
        }
        return current;
    }

    /** The rule applied to every node not analyzed before, children first. */
    private LogicalPlan applyBottomUp(AnalyzerRule rule, LogicalPlan node) {
        if (AnalyzedPlans.contains(node)) {
            return node;
        }
        LogicalPlan current = node;
        List<LogicalPlan> children = node.children();
        if (!children.isEmpty()) {
            List<LogicalPlan> rewritten = new ArrayList<>(children.size());
            boolean changed = false;
            for (LogicalPlan child : children) {
                LogicalPlan after = applyBottomUp(rule, child);
                changed |= after != child;
                rewritten.add(after);
            }
            if (changed) {
                current = node.withNewChildren(rewritten);
            }
        }
        return rule.apply(current, context).orElse(current);
    }
}
