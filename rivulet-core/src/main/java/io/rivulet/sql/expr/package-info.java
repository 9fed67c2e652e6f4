/**
 * Internal: expressions. Immutable trees of {@code Expression} records, unresolved as the API and the parser
 * build them, resolved by the analyzer to attributes with ids, bound to column positions for execution, and
 * evaluated a batch at a time over column vectors. Aggregate, window and generator functions have interfaces of
 * their own, used by their operators.
 */
package io.rivulet.sql.expr;
