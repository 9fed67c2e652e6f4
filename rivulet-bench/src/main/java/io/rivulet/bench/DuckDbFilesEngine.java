package io.rivulet.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files suite on DuckDB, in-process through its JDBC driver, with an in-memory database and {@code SET
 * threads = 2} (as {@link DuckDbEngine}): each timed run is one query on {@code read_csv} (with the header
 * and the schema, {@code auto_detect = false}) or {@code read_json} ({@code format = 'newline_delimited'},
 * the schema), nothing loaded beforehand. Sums of longs are {@code HUGEINT}s in DuckDB, cast back to
 * {@code BIGINT}; a date's days since 1970-01-01 are {@code d - DATE '1970-01-01'}.
 */
public final class DuckDbFilesEngine implements Engine {
    private static final String FILTER_SUM =
            "SELECT sum(x), CAST(sum(a) AS BIGINT) FROM %s WHERE b < " + FilesData.B_THRESHOLD;
    private static final String PROJECT = "SELECT count(*), CAST(sum(id) AS BIGINT), CAST(sum(a) AS BIGINT),"
            + " CAST(sum(b) AS BIGINT), sum(x), sum(y), sum(z), CAST(sum(length(s1)) AS BIGINT),"
            + " CAST(sum(length(s2)) AS BIGINT), CAST(sum(d1 - DATE '1970-01-01') AS BIGINT),"
            + " CAST(sum(d2 - DATE '1970-01-01') AS BIGINT) FROM %s";

    private final Sizes sizes;
    private final Connection connection;

    public DuckDbFilesEngine(Sizes sizes) {
        this.sizes = sizes;
        try {
            this.connection = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET threads = " + Sizes.SLOTS);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start DuckDB", e);
        }
    }

    @Override
    public Map<String, String> info(Workload workload) {
        Map<String, String> info = new LinkedHashMap<>();
        try {
            info.put("duckdb.version", queryString("SELECT version()"));
            info.put("duckdb.threads", queryString("SELECT current_setting('threads')"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read DuckDB's settings", e);
        }
        return info;
    }

    @Override
    public Checksum run(Workload workload) throws SQLException {
        String table = workload.readsJson()
                ? "read_json('" + path(sizes.jsonFile().toString()) + "', columns = " + FilesData.DUCKDB_COLUMNS
                        + ", format = 'newline_delimited')"
                : "read_csv('" + path(sizes.csvFile().toString()) + "', columns = " + FilesData.DUCKDB_COLUMNS
                        + ", header = true, delim = ',', auto_detect = false)";
        try (Statement statement = connection.createStatement()) {
            return switch (workload) {
                case CSV_COUNT, JSON_COUNT -> {
                    try (ResultSet row = statement.executeQuery("SELECT count(*) FROM " + table)) {
                        row.next();
                        yield FilesData.count(row.getLong(1));
                    }
                }
                case CSV_FILTER_SUM, JSON_FILTER_SUM -> {
                    try (ResultSet row = statement.executeQuery(String.format(FILTER_SUM, table))) {
                        row.next();
                        yield FilesData.filterSum(row.getDouble(1), row.getLong(2));
                    }
                }
                case CSV_PROJECT, JSON_PROJECT -> {
                    try (ResultSet r = statement.executeQuery(String.format(PROJECT, table))) {
                        r.next();
                        yield FilesData.project(
                                r.getLong(1),
                                r.getLong(2),
                                r.getLong(3),
                                r.getLong(4),
                                r.getDouble(5),
                                r.getDouble(6),
                                r.getDouble(7),
                                r.getLong(8),
                                r.getLong(9),
                                r.getLong(10),
                                r.getLong(11));
                    }
                }
                default -> throw new IllegalArgumentException(workload.id() + " is not a workload of the files suite");
            };
        }
    }

    private static String path(String file) {
        return java.nio.file.Path.of(file).toAbsolutePath().toString().replace("'", "''");
    }

    private String queryString(String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close DuckDB", e);
        }
    }
}
