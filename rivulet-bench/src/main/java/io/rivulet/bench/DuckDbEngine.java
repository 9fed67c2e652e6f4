package io.rivulet.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The DataFrame workloads on DuckDB, in-process through its JDBC driver, with an in-memory database and
 * {@code SET threads = 2} (its other settings are DuckDB's defaults; {@link #info} reports its version and
 * memory limit, which is DuckDB's own memory outside the JVM's heap).
 *
 * <p>DuckDB has no {@code xxhash64}, so its inputs are computed in Java ({@link DfData}) and loaded into
 * tables through the Appender API in {@link #prepare}, outside the timing; each timed run is the query on
 * those tables, reading its result through JDBC (the whole sorted output for the sort). Two workloads
 * differ: the word count reads the file inside the query ({@code read_csv} of one {@code VARCHAR} column,
 * with a delimiter the file has none of), and the aggregation from Java records appends the records into
 * a new table inside the timing (DuckDB's way of turning Java objects into a table) and drops it after.
 */
public final class DuckDbEngine implements Engine {
    private static final String AGG_QUERY =
            "SELECT s, CAST(sum(l) AS BIGINT), avg(d), max(i) FROM %s" + " WHERE i %% 10 <> 0 GROUP BY s";

    private final Sizes sizes;
    private final DuckDBConnection connection;
    private List<AggRecord> records;

    public DuckDbEngine(Sizes sizes) {
        this.sizes = sizes;
        try {
            Connection jdbc = DriverManager.getConnection("jdbc:duckdb:");
            this.connection = jdbc.unwrap(DuckDBConnection.class);
            execute("SET threads = " + Sizes.SLOTS);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start DuckDB", e);
        }
    }

    @Override
    public void prepare(Workload workload) throws SQLException {
        switch (workload) {
            case DF_SORT -> {
                execute("CREATE TABLE sort_input (h BIGINT)");
                try (DuckDBAppender appender = connection.createAppender("sort_input")) {
                    for (long id = 0; id < sizes.dfSortRows(); id++) {
                        appender.beginRow().append(DfData.sortValue(id)).endRow();
                    }
                }
            }
            case DF_JOIN -> {
                execute("CREATE TABLE join_left (k BIGINT, v BIGINT)");
                execute("CREATE TABLE join_right (k BIGINT, p BIGINT)");
                long rightRows = sizes.dfJoinRight();
                try (DuckDBAppender appender = connection.createAppender("join_left")) {
                    for (long id = 0; id < sizes.dfJoinLeft(); id++) {
                        appender.beginRow()
                                .append(DfData.joinLeftKey(id, rightRows))
                                .append(DfData.joinLeftValue(id))
                                .endRow();
                    }
                }
                try (DuckDBAppender appender = connection.createAppender("join_right")) {
                    for (long key = 0; key < rightRows; key++) {
                        appender.beginRow()
                                .append(key)
                                .append(DfData.joinRightPayload(key))
                                .endRow();
                    }
                }
            }
            case DF_GROUP_BY -> {
                execute("CREATE TABLE group_input (k BIGINT, v BIGINT)");
                long keys = sizes.dfGroupKeys();
                try (DuckDBAppender appender = connection.createAppender("group_input")) {
                    for (long id = 0; id < sizes.dfGroupRows(); id++) {
                        appender.beginRow()
                                .append(DfData.groupKey(id, keys))
                                .append(DfData.groupValue(id))
                                .endRow();
                    }
                }
            }
            case DF_CACHED_AGG -> {
                long n = sizes.dfAggRows();
                appendRecords("agg_input", () -> Gen.iterator(0, n, DfData::record));
            }
            case DF_RECORDS_AGG -> {
                long n = sizes.dfAggRows();
                records = new ArrayList<>(Math.toIntExact(n));
                for (long id = 0; id < n; id++) {
                    records.add(DfData.record(id));
                }
            }
            default -> {}
        }
    }

    private void appendRecords(String table, Iterable<AggRecord> rows) throws SQLException {
        execute("CREATE TABLE " + table + " (l BIGINT, i INTEGER, d DOUBLE, s VARCHAR)");
        try (DuckDBAppender appender = connection.createAppender(table)) {
            for (AggRecord row : rows) {
                appender.beginRow()
                        .append(row.l())
                        .append(row.i())
                        .append(row.d())
                        .append(row.s())
                        .endRow();
            }
        }
    }

    @Override
    public Map<String, String> info(Workload workload) {
        Map<String, String> info = new LinkedHashMap<>();
        try {
            info.put("duckdb.version", queryString("SELECT version()"));
            info.put("duckdb.threads", queryString("SELECT current_setting('threads')"));
            info.put(
                    "duckdb.memory_limit",
                    queryString("SELECT current_setting('memory_limit')").replace(" ", ""));
            if (workload == Workload.DF_CACHED_AGG) {
                // The in-memory table's blocks: what DuckDB holds the 20M rows in (uncompressed by default).
                info.put(
                        "cachedBytes",
                        queryString("SELECT CAST(sum(memory_usage_bytes) AS BIGINT) FROM duckdb_memory()"
                                + " WHERE tag IN ('IN_MEMORY_TABLE', 'BASE_TABLE')"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read DuckDB's settings", e);
        }
        return info;
    }

    @Override
    public Checksum run(Workload workload) throws SQLException {
        return switch (workload) {
            case DF_SORT -> sort();
            case DF_JOIN -> join();
            case DF_GROUP_BY -> groupBy();
            case DF_CACHED_AGG -> agg("agg_input");
            case DF_RECORDS_AGG -> recordsAgg();
            case DF_WORDCOUNT -> wordCount();
            default -> throw new IllegalArgumentException(workload.id() + " is not a workload of the DataFrame suite");
        };
    }

    private Checksum sort() throws SQLException {
        Checksum.OrderedSummary summary = new Checksum.OrderedSummary();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT h FROM sort_input ORDER BY h")) {
            while (rows.next()) {
                summary.add(rows.getLong(1));
            }
        }
        return Checksum.combineOrdered(List.of(summary.toArray()));
    }

    private Checksum join() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*), CAST(sum(l.k) AS BIGINT),"
                        + " CAST(sum(l.v) AS BIGINT), CAST(sum(r.p) AS BIGINT), CAST(sum(l.v * r.p) AS BIGINT)"
                        + " FROM join_left l JOIN join_right r ON l.k = r.k")) {
            row.next();
            return DfChecksums.join(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5));
        }
    }

    private Checksum groupBy() throws SQLException {
        Checksum.Summary summary = new Checksum.Summary();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT k, count(*), CAST(sum(v) AS BIGINT) FROM group_input GROUP BY k")) {
            while (rows.next()) {
                DfChecksums.groupRow(summary, rows.getLong(1), rows.getLong(2), rows.getLong(3));
            }
        }
        return summary.checksum();
    }

    private Checksum agg(String table) throws SQLException {
        Checksum.Summary summary = new Checksum.Summary();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(String.format(AGG_QUERY, table))) {
            while (rows.next()) {
                DfChecksums.aggRow(summary, rows.getString(1), rows.getLong(2), rows.getDouble(3), rows.getInt(4));
            }
        }
        return summary.checksum();
    }

    private Checksum recordsAgg() throws SQLException {
        appendRecords("records_input", records);
        try {
            return agg("records_input");
        } finally {
            execute("DROP TABLE records_input");
        }
    }

    private Checksum wordCount() throws SQLException {
        String path = sizes.wordsFile().toAbsolutePath().toString().replace("'", "''");
        Checksum.Summary summary = new Checksum.Summary();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT word, count(*) FROM (SELECT"
                        + " unnest(string_split(line, ' ')) AS word FROM read_csv('" + path + "',"
                        + " columns = {'line': 'VARCHAR'}, header = false, delim = '\\t', quote = '',"
                        + " escape = '', auto_detect = false)) GROUP BY word")) {
            while (rows.next()) {
                DfChecksums.wordRow(summary, rows.getString(1), rows.getLong(2));
            }
        }
        return summary.checksum();
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
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
