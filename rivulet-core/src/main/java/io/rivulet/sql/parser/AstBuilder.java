package io.rivulet.sql.parser;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.expr.UnresolvedAlias;
import io.rivulet.sql.expr.UnresolvedFunction;
import io.rivulet.sql.parser.RivuletSqlParser.QueryOrganizationContext;
import io.rivulet.sql.parser.RivuletSqlParser.QuerySpecificationContext;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Distinct;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.Generate;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinHint;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.Limit;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.OneRowRelation;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.Repartition;
import io.rivulet.sql.plan.SetOperation;
import io.rivulet.sql.plan.Sort;
import io.rivulet.sql.plan.SubqueryAlias;
import io.rivulet.sql.plan.Union;
import io.rivulet.sql.plan.UnresolvedRelation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Builds unresolved logical plans from parse trees, as Spark's {@code AstBuilder} does:
 *
 * <ul>
 *   <li>{@code SELECT} over its {@code FROM} (a query without one selects from {@link OneRowRelation}): {@code
 *       WHERE} a {@link Filter}; the select list a {@link Project}, or with {@code GROUP BY} an {@link Aggregate}
 *       ({@code HAVING} a {@link Filter} over it; {@code HAVING} without {@code GROUP BY} is a global
 *       aggregation); {@code DISTINCT} a {@link Distinct} over either; unnamed items are {@link UnresolvedAlias}es,
 *       named after their resolved form by the analyzer;
 *   <li>the result clauses: {@code ORDER BY} a global {@link Sort}, {@code SORT BY} a partition-local one,
 *       {@code DISTRIBUTE BY} a {@link Repartition} by the expressions, {@code CLUSTER BY x} both ({@code SORT BY
 *       x ASC} over {@code DISTRIBUTE BY x}); {@code LIMIT}/{@code OFFSET} a {@link Limit} (integer literals);
 *   <li>{@code FROM a, b} a cross {@link Join}; {@code JOIN ... ON}/{@code USING}; {@code LATERAL VIEW [OUTER]}
 *       a {@link Generate}; {@code t AS x} and {@code (subquery) x} {@link SubqueryAlias}es;
 *   <li>{@code UNION ALL} a {@link Union} (flattened), {@code UNION [DISTINCT]} a {@link Distinct} over one;
 *       {@code INTERSECT}/{@code EXCEPT} (and {@code MINUS}) {@link SetOperation}s;
 *   <li>{@code WITH q AS (...)}: each reference to {@code q} (a one-part name, case-insensitive, innermost
 *       {@code WITH} first) becomes {@code SubqueryAlias q} over its plan, as Spark's CTE substitution inlines
 *       them; {@code WINDOW w AS (...)} is put in place of {@code OVER w} the same way ({@link Windows});
 *   <li>{@code VALUES} a {@link io.rivulet.sql.plan.LocalRelation} ({@link InlineTables}).
 * </ul>
 *
 * <p>One instance per parse: it holds the scopes of the CTE and window names while it walks the tree.
 */
final class AstBuilder extends ExpressionBuilder {
    /** Spark's name for a subquery in FROM without an alias. */
    static final String AUTO_GENERATED_ALIAS = "__auto_generated_subquery_name";

    private final Deque<Map<String, LogicalPlan>> cteScopes = new ArrayDeque<>();

    AstBuilder(ParserOptions options) {
        super(options);
    }

    LogicalPlan plan(ParserRuleContext ctx) {
        return (LogicalPlan) visit(ctx);
    }

    @Override
    public LogicalPlan visitSingleStatement(RivuletSqlParser.SingleStatementContext ctx) {
        return plan(ctx.statement());
    }

    @Override
    public LogicalPlan visitStatementDefault(RivuletSqlParser.StatementDefaultContext ctx) {
        return plan(ctx.query());
    }

    @Override
    public LogicalPlan visitQuery(RivuletSqlParser.QueryContext ctx) {
        int ctes = 0;
        if (ctx.ctes() != null) {
            cteScopes.push(withCtes(ctx.ctes()));
            ctes = 1;
        }
        QueryOrganizationContext organization = ctx.queryOrganization();
        boolean windows = organization.windowClause() != null;
        if (windows) {
            windowScopes.push(Windows.clause(this, organization.windowClause()));
        }
        try {
            return withQueryResultClauses(organization, plan(ctx.queryTerm()));
        } finally {
            if (windows) {
                windowScopes.pop();
            }
            if (ctes > 0) {
                cteScopes.pop();
            }
        }
    }

    /** The CTEs by lower-case name; each may refer to those before it. */
    private Map<String, LogicalPlan> withCtes(RivuletSqlParser.CtesContext ctx) {
        Map<String, LogicalPlan> scope = new HashMap<>();
        cteScopes.push(scope);
        try {
            for (RivuletSqlParser.NamedQueryContext named : ctx.namedQuery()) {
                String name = identifier(named.name);
                if (named.columnAliases != null) {
                    throw ParseErrors.unsupported(named, "column aliases of a CTE (WITH q(a, b) AS ...)");
                }
                String key = name.toLowerCase(Locale.ROOT);
                if (scope.containsKey(key)) {
                    throw ParseErrors.at(
                            ctx,
                            "DUPLICATED_CTE_NAMES",
                            "CTE definition can't have duplicate names: `" + name + "`.",
                            "42602");
                }
                scope.put(key, new SubqueryAlias(name, plan(named.query())));
            }
        } finally {
            cteScopes.pop();
        }
        return scope;
    }

    private LogicalPlan withQueryResultClauses(QueryOrganizationContext ctx, LogicalPlan query) {
        boolean order = !ctx.order.isEmpty();
        boolean sort = !ctx.sort.isEmpty();
        boolean distribute = !ctx.distributeBy.isEmpty();
        boolean cluster = !ctx.clusterBy.isEmpty();
        LogicalPlan plan;
        if (order && !sort && !distribute && !cluster) {
            plan = new Sort(sortOrders(ctx.order), true, query);
        } else if (!order && sort && !distribute && !cluster) {
            plan = new Sort(sortOrders(ctx.sort), false, query);
        } else if (!order && !sort && distribute && !cluster) {
            plan = new Repartition(expressions(ctx.distributeBy), 0, true, query);
        } else if (!order && sort && distribute && !cluster) {
            plan = new Sort(
                    sortOrders(ctx.sort), false, new Repartition(expressions(ctx.distributeBy), 0, true, query));
        } else if (!order && !sort && !distribute && cluster) {
            List<Expression> keys = expressions(ctx.clusterBy);
            plan = new Sort(keys.stream().map(SortOrder::asc).toList(), false, new Repartition(keys, 0, true, query));
        } else if (!order && !sort && !distribute) {
            plan = query;
        } else {
            throw ParseErrors.at(
                    ctx,
                    "UNSUPPORTED_FEATURE.COMBINATION_QUERY_RESULT_CLAUSES",
                    "The feature is not" + " supported: Combination of ORDER BY/SORT BY/DISTRIBUTE BY/CLUSTER BY.",
                    "0A000");
        }
        long offset = ctx.offset == null ? 0 : limitLike(ctx.offset, "offset");
        if (ctx.limit != null) {
            return new Limit(limitLike(ctx.limit, "limit"), offset, plan);
        }
        return offset == 0 ? plan : new Limit(Long.MAX_VALUE, offset, plan);
    }

    /** A LIMIT or OFFSET: a non-negative integer literal. */
    private long limitLike(RivuletSqlParser.ExpressionContext ctx, String name) {
        Expression e = expression(ctx);
        String sqlExpr = "\"" + e.sql() + "\"";
        if (!(e instanceof Literal literal)
                || !(literal.value() instanceof Integer || literal.value() instanceof Long)) {
            throw ParseErrors.at(
                    ctx,
                    "INVALID_LIMIT_LIKE_EXPRESSION.IS_UNFOLDABLE",
                    "The limit like expression " + sqlExpr + " is invalid. The " + name
                            + " expression must evaluate to a constant value.",
                    "42K0E");
        }
        long value = ((Number) literal.value()).longValue();
        if (value < 0) {
            throw ParseErrors.at(
                    ctx,
                    "INVALID_LIMIT_LIKE_EXPRESSION.IS_NEGATIVE",
                    "The limit like expression "
                            + sqlExpr + " is invalid. The " + name
                            + " expression must be equal to or greater than 0, but got "
                            + value + ".",
                    "42K0E");
        }
        return value;
    }

    @Override
    public LogicalPlan visitQueryTermDefault(RivuletSqlParser.QueryTermDefaultContext ctx) {
        return plan(ctx.queryPrimary());
    }

    @Override
    public LogicalPlan visitSetOperation(RivuletSqlParser.SetOperationContext ctx) {
        LogicalPlan left = plan(ctx.left);
        LogicalPlan right = plan(ctx.right);
        boolean all = ctx.setQuantifier() != null && ctx.setQuantifier().ALL() != null;
        switch (ctx.operator.getType()) {
            case RivuletSqlLexer.UNION:
                List<LogicalPlan> children = new ArrayList<>();
                if (all && left instanceof Union union && !union.byName()) {
                    children.addAll(union.children());
                } else {
                    children.add(left);
                }
                children.add(right);
                Union combined = new Union(children, false, false);
                return all ? combined : new Distinct(combined);
            case RivuletSqlLexer.INTERSECT:
                return new SetOperation(SetOperation.Kind.INTERSECT, all, left, right);
            default:
                return new SetOperation(SetOperation.Kind.EXCEPT, all, left, right);
        }
    }

    @Override
    public LogicalPlan visitQueryPrimaryDefault(RivuletSqlParser.QueryPrimaryDefaultContext ctx) {
        return plan(ctx.querySpecification());
    }

    @Override
    public LogicalPlan visitTable(RivuletSqlParser.TableContext ctx) {
        return relation(nameParts(ctx.multipartIdentifier()));
    }

    @Override
    public LogicalPlan visitInlineTableDefault1(RivuletSqlParser.InlineTableDefault1Context ctx) {
        return plan(ctx.inlineTable());
    }

    @Override
    public LogicalPlan visitSubquery(RivuletSqlParser.SubqueryContext ctx) {
        return plan(ctx.query());
    }

    // ---- SELECT -------------------------------------------------------------------------------------

    @Override
    public LogicalPlan visitQuerySpecification(QuerySpecificationContext ctx) {
        boolean windows = ctx.windowClause() != null;
        if (windows) {
            windowScopes.push(Windows.clause(this, ctx.windowClause()));
        }
        try {
            return selectQuery(ctx);
        } finally {
            if (windows) {
                windowScopes.pop();
            }
        }
    }

    private LogicalPlan selectQuery(QuerySpecificationContext ctx) {
        LogicalPlan plan = ctx.fromClause() == null ? new OneRowRelation() : plan(ctx.fromClause());
        if (ctx.whereClause() != null) {
            plan = new Filter(expression(ctx.whereClause().booleanExpression()), plan);
        }
        RivuletSqlParser.SelectClauseContext select = ctx.selectClause();
        List<NamedExpression> selected = new ArrayList<>();
        for (RivuletSqlParser.NamedExpressionContext item :
                select.namedExpressionSeq().namedExpression()) {
            Expression e = expression(item);
            selected.add(e instanceof Alias alias ? alias : new UnresolvedAlias(e));
        }
        if (ctx.aggregationClause() != null || ctx.havingClause() != null) {
            List<Expression> grouping = ctx.aggregationClause() == null
                    ? List.of()
                    : expressions(ctx.aggregationClause().groupingExpressions);
            plan = new Aggregate(grouping, selected, plan);
            if (ctx.havingClause() != null) {
                plan = new Filter(expression(ctx.havingClause().booleanExpression()), plan);
            }
        } else {
            plan = new Project(selected, plan);
        }
        boolean distinct =
                select.setQuantifier() != null && select.setQuantifier().DISTINCT() != null;
        return distinct ? new Distinct(plan) : plan;
    }

    @Override
    public LogicalPlan visitFromClause(RivuletSqlParser.FromClauseContext ctx) {
        LogicalPlan plan = null;
        for (RivuletSqlParser.RelationContext relation : ctx.relation()) {
            LogicalPlan right = plan(relation);
            plan = plan == null ? right : Join.on(plan, right, JoinType.INNER, null);
        }
        for (RivuletSqlParser.LateralViewContext view : ctx.lateralView()) {
            Expression generator = new UnresolvedFunction(
                    String.join(".", nameParts(view.qualifiedName())), expressions(view.expression()), false);
            List<String> columns =
                    view.colName.stream().map(DataTypeBuilder::identifier).toList();
            plan = new Generate(
                    generator, view.OUTER() != null, Optional.of(identifier(view.tblName)), columns, List.of(), plan);
        }
        return plan;
    }

    // ---- relations ----------------------------------------------------------------------------------

    @Override
    public LogicalPlan visitRelation(RivuletSqlParser.RelationContext ctx) {
        LogicalPlan plan = plan(ctx.relationPrimary());
        for (RivuletSqlParser.JoinRelationContext join : ctx.joinRelation()) {
            if (join.NATURAL() != null) {
                throw ParseErrors.unsupported(join, "NATURAL JOIN");
            }
            LogicalPlan right = plan(join.right);
            JoinType type = joinType(join.joinType());
            RivuletSqlParser.JoinCriteriaContext criteria = join.joinCriteria();
            if (criteria != null && criteria.USING() != null) {
                plan = new Join(
                        plan, right, type, Optional.empty(), identifiers(criteria.identifierList()), JoinHint.NONE);
            } else {
                Expression condition = criteria == null ? null : expression(criteria.booleanExpression());
                plan = Join.on(plan, right, type, condition);
            }
        }
        return plan;
    }

    private static JoinType joinType(RivuletSqlParser.JoinTypeContext ctx) {
        if (ctx.CROSS() != null) {
            return JoinType.CROSS;
        } else if (ctx.SEMI() != null) {
            return JoinType.LEFT_SEMI;
        } else if (ctx.ANTI() != null) {
            return JoinType.LEFT_ANTI;
        } else if (ctx.LEFT() != null) {
            return JoinType.LEFT_OUTER;
        } else if (ctx.RIGHT() != null) {
            return JoinType.RIGHT_OUTER;
        } else if (ctx.FULL() != null) {
            return JoinType.FULL_OUTER;
        }
        return JoinType.INNER;
    }

    @Override
    public LogicalPlan visitTableName(RivuletSqlParser.TableNameContext ctx) {
        return withTableAlias(ctx.tableAlias(), relation(nameParts(ctx.multipartIdentifier())), null);
    }

    /** A CTE in scope by that (one-part) name, else a table or view of the catalog. */
    private LogicalPlan relation(List<String> nameParts) {
        if (nameParts.size() == 1) {
            String key = nameParts.get(0).toLowerCase(Locale.ROOT);
            for (Map<String, LogicalPlan> scope : cteScopes) {
                LogicalPlan cte = scope.get(key);
                if (cte != null) {
                    return cte;
                }
            }
        }
        return new UnresolvedRelation(nameParts);
    }

    @Override
    public LogicalPlan visitAliasedQuery(RivuletSqlParser.AliasedQueryContext ctx) {
        return withTableAlias(ctx.tableAlias(), plan(ctx.query()), AUTO_GENERATED_ALIAS);
    }

    @Override
    public LogicalPlan visitAliasedRelation(RivuletSqlParser.AliasedRelationContext ctx) {
        return withTableAlias(ctx.tableAlias(), plan(ctx.relation()), null);
    }

    @Override
    public LogicalPlan visitInlineTableDefault2(RivuletSqlParser.InlineTableDefault2Context ctx) {
        return plan(ctx.inlineTable());
    }

    private LogicalPlan withTableAlias(RivuletSqlParser.TableAliasContext ctx, LogicalPlan plan, String otherwise) {
        if (ctx.strictIdentifier() == null) {
            return otherwise == null ? plan : new SubqueryAlias(otherwise, plan);
        }
        if (ctx.identifierList() != null) {
            throw ParseErrors.unsupported(ctx, "column aliases of a relation (t AS x(a, b))");
        }
        return new SubqueryAlias(strictIdentifier(ctx.strictIdentifier()), plan);
    }

    /** {@code VALUES (1, 'a'), (2, 'b') AS t(x, y)}: rows of literals; a row is {@code (...)} or one value. */
    @Override
    public LogicalPlan visitInlineTable(RivuletSqlParser.InlineTableContext ctx) {
        List<List<Expression>> rows = new ArrayList<>();
        for (RivuletSqlParser.ExpressionContext row : ctx.expression()) {
            Expression e = expression(row);
            List<Expression> cells =
                    e instanceof UnresolvedFunction f && f.name().equalsIgnoreCase("struct")
                            ? f.arguments()
                            : List.of(e);
            rows.add(cells.stream()
                    .map(c -> c instanceof Alias a ? a.child() : c)
                    .toList());
        }
        RivuletSqlParser.TableAliasContext alias = ctx.tableAlias();
        List<String> names = alias.identifierList() == null ? List.of() : identifiers(alias.identifierList());
        LogicalPlan table = InlineTables.of(ctx, rows, names);
        return alias.strictIdentifier() == null
                ? table
                : new SubqueryAlias(strictIdentifier(alias.strictIdentifier()), table);
    }
}
