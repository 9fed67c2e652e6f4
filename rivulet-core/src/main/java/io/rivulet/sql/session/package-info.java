/**
 * Internal: the session of the SQL layer ({@code SqlSession}: settings, catalog, functions), the pipeline of a
 * query ({@code QueryExecution}: parsed, analyzed, optimized, physical), and the access of the internal packages
 * to the public {@code DataFrame} and {@code Column} ({@code Frames}).
 */
package io.rivulet.sql.session;
