/**
 * Internal: the logical optimizer, as Spark's Catalyst optimizer. {@code Optimizer.BATCHES} is the catalogue: batches
 * of rules, each run once or to a fixed point, in an order whose constraints are commented there; each rule is one
 * class ({@code Rule}, or {@code ExpressionRule} for rewrites of expressions), named for what it does, switched off
 * by name through {@code rivulet.sql.optimizer.excludedRules}. {@code RuleExecutor} walks the tree for each rule and
 * checks every replacement keeps the replaced node's columns (names, types, ids).
 *
 * <p>The helpers say how plans are read: columns compare by id ({@code Attributes}), conditions are lists of
 * conjuncts ({@code Predicates}, {@code JoinConditions}), projected columns are substituted by what they compute
 * ({@code Aliases}), row counts are bounded ({@code MaxRows}), conditions translate into source filters
 * ({@code SourceFilters}, and {@code ScanFilters} for the planner).
 */
package io.rivulet.sql.optimizer;
