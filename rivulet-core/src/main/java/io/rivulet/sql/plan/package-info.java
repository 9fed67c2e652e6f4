/**
 * Internal: logical plans. One immutable record per relational operator ({@code Project}, {@code Filter},
 * {@code Aggregate}, {@code Join}, {@code Sort}, ...) and per source ({@code LocalRelation},
 * {@code RangeRelation}, {@code ScanRelation}, {@code RddRelation}); printed as Spark prints plans.
 */
package io.rivulet.sql.plan;
