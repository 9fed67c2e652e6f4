package io.rivulet.sql;

import static java.util.Objects.requireNonNull;

import io.rivulet.RDD;
import io.rivulet.StorageLevel;
import io.rivulet.sql.beans.JavaTypeMapping;
import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.expr.UnresolvedAlias;
import io.rivulet.sql.expr.UnresolvedAttribute;
import io.rivulet.sql.expr.UnresolvedStar;
import io.rivulet.sql.parser.SqlParser;
import io.rivulet.sql.plan.BroadcastHint;
import io.rivulet.sql.plan.Deduplicate;
import io.rivulet.sql.plan.Distinct;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinHint;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.Limit;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.Repartition;
import io.rivulet.sql.plan.Sample;
import io.rivulet.sql.plan.SetOperation;
import io.rivulet.sql.plan.Sort;
import io.rivulet.sql.plan.SubqueryAlias;
import io.rivulet.sql.plan.Union;
import io.rivulet.sql.session.Actions;
import io.rivulet.sql.session.Frames;
import io.rivulet.sql.session.QueryExecution;
import io.rivulet.sql.session.SqlSession;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A distributed collection of rows with a schema, as Spark's {@code Dataset<Row>}: lazy and immutable. Every
 * operation ({@code select}, {@code filter}, {@code groupBy}, {@code join}, ...) returns a new DataFrame over a
 * new logical plan, analyzed at once (so a missing column fails where it is named); actions ({@code collectAsList},
 * {@code count}, {@code show}, {@code write()}) optimize the plan, plan operators over column batches and run them
 * as jobs of the engine. A DataFrame may be used from several threads at once.
 */
public final class DataFrame {
    static {
        Frames.register(new Access());
    }

    private final SqlSession session;
    private final QueryExecution execution;
    /** The analyzed plan: what new operations build on. */
    private final LogicalPlan plan;

    DataFrame(SqlSession session, LogicalPlan plan) {
        this.session = requireNonNull(session, "session is null");
        this.execution = session.execute(requireNonNull(plan, "plan is null"));
        this.plan = execution.analyzed();
    }

    private DataFrame with(LogicalPlan newPlan) {
        return new DataFrame(session, newPlan);
    }

    private static LogicalPlan planOf(DataFrame other) {
        requireNonNull(other, "other DataFrame is null");
        return other.plan;
    }

    // ---- schema ------------------------------------------------------------------------------------

    /** The schema: column names, types and nullability. */
    public StructType schema() {
        return plan.schema();
    }

    /** Prints the schema as a tree, exactly as Spark's {@code printSchema()}. */
    public void printSchema() {
        System.out.print(schema().treeString());
    }

    /** The column names, in order. */
    public String[] columns() {
        return schema().fieldNames();
    }

    /** A writer of this DataFrame's rows to a data source: {@code df.write().mode("overwrite").json("out")}. */
    public DataFrameWriter write() {
        return new DataFrameWriter(this);
    }

    /** Each column's name and type name, as Spark's {@code dtypes}: {@code (age, bigint)}. */
    public List<Map.Entry<String, String>> dtypes() {
        List<Map.Entry<String, String>> types = new ArrayList<>();
        for (StructField field : schema().fields()) {
            types.add(Map.entry(field.name(), field.dataType().simpleString()));
        }
        return types;
    }

    /** The column named {@code name} of this DataFrame ({@code "*"} for all), as Spark's {@code df.col}. */
    public Column col(String name) {
        requireNonNull(name, "column name is null");
        if (name.equals("*")) {
            return Frames.column(UnresolvedStar.ALL);
        }
        return Frames.column(UnresolvedAttribute.quoted(name));
    }

    /** {@code col(name)}. */
    public Column apply(String name) {
        return col(name);
    }

    // ---- projections and filters -------------------------------------------------------------------

    public DataFrame select(Column... columns) {
        requireNonNull(columns, "columns is null");
        List<NamedExpression> projection = new ArrayList<>(columns.length);
        for (Column column : columns) {
            projection.add(named(Frames.expression(requireNonNull(column, "column is null"))));
        }
        return with(new Project(projection, plan));
    }

    public DataFrame select(String column, String... columns) {
        Column[] all = new Column[columns.length + 1];
        all[0] = col(column);
        for (int i = 0; i < columns.length; i++) {
            all[i + 1] = col(columns[i]);
        }
        return select(all);
    }

    static NamedExpression named(Expression expression) {
        return expression instanceof NamedExpression named ? named : new UnresolvedAlias(expression);
    }

    /** The columns computed from SQL expression text: {@code selectExpr("a + 1 AS b", "upper(name)")}. */
    public DataFrame selectExpr(String... expressions) {
        requireNonNull(expressions, "expressions is null");
        List<NamedExpression> projection = new ArrayList<>(expressions.length);
        for (String text : expressions) {
            projection.add(named(
                    SqlParser.parseExpression(requireNonNull(text, "expression is null"), session.parserOptions())));
        }
        return with(new Project(projection, plan));
    }

    /** The rows for which the SQL condition is true: {@code filter("age >= 65 AND country = 'CH'")}. */
    public DataFrame filter(String condition) {
        requireNonNull(condition, "condition is null");
        return with(new Filter(SqlParser.parseExpression(condition, session.parserOptions()), plan));
    }

    public DataFrame where(String condition) {
        return filter(condition);
    }

    public DataFrame filter(Column condition) {
        return with(new Filter(Frames.expression(requireNonNull(condition, "condition is null")), plan));
    }

    public DataFrame where(Column condition) {
        return filter(condition);
    }

    /**
     * This DataFrame with column {@code name} set to {@code column}: replacing a column of that name (in place),
     * or added last, as Spark's {@code withColumn}.
     */
    public DataFrame withColumn(String name, Column column) {
        requireNonNull(name, "column name is null");
        Expression value = Frames.expression(requireNonNull(column, "column is null"));
        List<NamedExpression> projection = new ArrayList<>();
        boolean replaced = false;
        for (AttributeReference attribute : plan.output()) {
            if (attribute.name().equalsIgnoreCase(name)) {
                projection.add(Alias.of(value, name));
                replaced = true;
            } else {
                projection.add(attribute);
            }
        }
        if (!replaced) {
            projection.add(Alias.of(value, name));
        }
        return with(new Project(projection, plan));
    }

    /** This DataFrame with column {@code existing} named {@code newName}; the same DataFrame if there is none. */
    public DataFrame withColumnRenamed(String existing, String newName) {
        requireNonNull(existing, "existing is null");
        requireNonNull(newName, "newName is null");
        List<NamedExpression> projection = new ArrayList<>();
        boolean renamed = false;
        for (AttributeReference attribute : plan.output()) {
            if (attribute.name().equalsIgnoreCase(existing)) {
                projection.add(Alias.of(attribute, newName));
                renamed = true;
            } else {
                projection.add(attribute);
            }
        }
        return renamed ? with(new Project(projection, plan)) : this;
    }

    /** This DataFrame without the named columns; names that are not columns are ignored, as in Spark. */
    public DataFrame drop(String... names) {
        requireNonNull(names, "names is null");
        List<NamedExpression> projection = new ArrayList<>();
        for (AttributeReference attribute : plan.output()) {
            boolean dropped =
                    Arrays.stream(names).anyMatch(name -> attribute.name().equalsIgnoreCase(name));
            if (!dropped) {
                projection.add(attribute);
            }
        }
        return projection.size() == plan.output().size() ? this : with(new Project(projection, plan));
    }

    // ---- ordering, limits, sampling, partitioning --------------------------------------------------

    public DataFrame orderBy(Column... columns) {
        return with(new Sort(sortOrders(columns), true, plan));
    }

    public DataFrame orderBy(String column, String... columns) {
        return orderBy(columnsOf(column, columns));
    }

    public DataFrame sort(Column... columns) {
        return orderBy(columns);
    }

    public DataFrame sort(String column, String... columns) {
        return orderBy(column, columns);
    }

    /** Sorts each partition on its own (SQL's {@code SORT BY}). */
    public DataFrame sortWithinPartitions(Column... columns) {
        return with(new Sort(sortOrders(columns), false, plan));
    }

    public DataFrame sortWithinPartitions(String column, String... columns) {
        return sortWithinPartitions(columnsOf(column, columns));
    }

    private Column[] columnsOf(String column, String... columns) {
        Column[] all = new Column[columns.length + 1];
        all[0] = col(column);
        for (int i = 0; i < columns.length; i++) {
            all[i + 1] = col(columns[i]);
        }
        return all;
    }

    private static List<SortOrder> sortOrders(Column... columns) {
        requireNonNull(columns, "columns is null");
        List<SortOrder> orders = new ArrayList<>();
        for (Column column : columns) {
            Expression expression = Frames.expression(requireNonNull(column, "column is null"));
            orders.add(expression instanceof SortOrder order ? order : SortOrder.asc(expression));
        }
        return orders;
    }

    public DataFrame limit(int n) {
        return with(Limit.of(n, plan));
    }

    /** Every row but the first {@code n}. */
    public DataFrame offset(int n) {
        return with(new Limit(Long.MAX_VALUE, n, plan));
    }

    public DataFrame sample(double fraction) {
        return sample(false, fraction, new java.util.Random().nextLong());
    }

    public DataFrame sample(double fraction, long seed) {
        return sample(false, fraction, seed);
    }

    public DataFrame sample(boolean withReplacement, double fraction, long seed) {
        return with(new Sample(fraction, withReplacement, seed, plan));
    }

    /** The rows in {@code numPartitions} partitions, spread round robin. */
    public DataFrame repartition(int numPartitions) {
        return with(new Repartition(List.of(), checkPartitions(numPartitions), true, plan));
    }

    /** The rows in {@code numPartitions} partitions by hash of {@code columns} (SQL's {@code DISTRIBUTE BY}). */
    public DataFrame repartition(int numPartitions, Column... columns) {
        return with(new Repartition(expressions(columns), checkPartitions(numPartitions), true, plan));
    }

    /** The rows by hash of {@code columns} into {@code rivulet.sql.shuffle.partitions} partitions. */
    public DataFrame repartition(Column... columns) {
        return with(new Repartition(expressions(columns), 0, true, plan));
    }

    /** The partitions merged into at most {@code numPartitions}, without a shuffle. */
    public DataFrame coalesce(int numPartitions) {
        return with(new Repartition(List.of(), checkPartitions(numPartitions), false, plan));
    }

    private static int checkPartitions(int numPartitions) {
        if (numPartitions <= 0) {
            throw new IllegalArgumentException("Number of partitions (" + numPartitions + ") must be positive.");
        }
        return numPartitions;
    }

    private static List<Expression> expressions(Column... columns) {
        requireNonNull(columns, "columns is null");
        List<Expression> expressions = new ArrayList<>();
        for (Column column : columns) {
            expressions.add(Frames.expression(requireNonNull(column, "column is null")));
        }
        return expressions;
    }

    // ---- aggregation, distinct ---------------------------------------------------------------------

    public RelationalGroupedDataset groupBy(Column... columns) {
        return new RelationalGroupedDataset(this, expressions(columns));
    }

    public RelationalGroupedDataset groupBy(String column, String... columns) {
        return groupBy(columnsOf(column, columns));
    }

    /**
     * Groups by each prefix of the columns, from all of them to none (subtotals and a grand total), as Spark's
     * {@code rollup}: the columns a row's set does not group are null there; {@code grouping()} and
     * {@code grouping_id()} tell such nulls from null values.
     */
    public RelationalGroupedDataset rollup(Column... columns) {
        List<Expression> keys = expressions(columns);
        return new RelationalGroupedDataset(this, keys, GroupingSets.rollup(keys.size()));
    }

    public RelationalGroupedDataset rollup(String column, String... columns) {
        return rollup(columnsOf(column, columns));
    }

    /** Groups by every subset of the columns, as Spark's {@code cube}; see {@link #rollup}. */
    public RelationalGroupedDataset cube(Column... columns) {
        List<Expression> keys = expressions(columns);
        return new RelationalGroupedDataset(this, keys, GroupingSets.cube(keys.size()));
    }

    public RelationalGroupedDataset cube(String column, String... columns) {
        return cube(columnsOf(column, columns));
    }

    /** Aggregates over all the rows: {@code groupBy().agg(...)}. */
    public DataFrame agg(Column aggregate, Column... aggregates) {
        return groupBy().agg(aggregate, aggregates);
    }

    public DataFrame distinct() {
        return with(new Distinct(plan));
    }

    /** The first row of each distinct combination of every column ({@code distinct()}). */
    public DataFrame dropDuplicates() {
        return distinct();
    }

    /** One row (the first met) for each distinct value of the named columns, all columns kept. */
    public DataFrame dropDuplicates(String... columns) {
        requireNonNull(columns, "columns is null");
        List<Expression> keys = new ArrayList<>();
        for (String column : columns) {
            keys.add(UnresolvedAttribute.quoted(column));
        }
        return with(new Deduplicate(keys, plan));
    }

    // ---- joins and set operations ------------------------------------------------------------------

    /** Every pair of rows of this and {@code right} (an inner join without a condition). */
    public DataFrame join(DataFrame right) {
        return with(new Join(plan, planOf(right), JoinType.INNER, Optional.empty(), List.of(), JoinHint.NONE));
    }

    /** An inner join on a column both sides have; the output has that column once (SQL's {@code USING}). */
    public DataFrame join(DataFrame right, String usingColumn) {
        return join(right, List.of(usingColumn), "inner");
    }

    public DataFrame join(DataFrame right, List<String> usingColumns) {
        return join(right, usingColumns, "inner");
    }

    /** A join of type {@code how} ({@code inner}, {@code left}, {@code right}, {@code full}, {@code semi}, {@code anti}, ...) on shared columns. */
    public DataFrame join(DataFrame right, List<String> usingColumns, String how) {
        requireNonNull(usingColumns, "usingColumns is null");
        return with(
                new Join(plan, planOf(right), JoinType.fromName(how), Optional.empty(), usingColumns, JoinHint.NONE));
    }

    public DataFrame join(DataFrame right, Column condition) {
        return join(right, condition, "inner");
    }

    /** A join of type {@code how} on any condition; its equalities become the join keys. */
    public DataFrame join(DataFrame right, Column condition, String how) {
        Expression on = Frames.expression(requireNonNull(condition, "condition is null"));
        return with(new Join(plan, planOf(right), JoinType.fromName(how), Optional.of(on), List.of(), JoinHint.NONE));
    }

    public DataFrame crossJoin(DataFrame right) {
        return with(new Join(plan, planOf(right), JoinType.CROSS, Optional.empty(), List.of(), JoinHint.NONE));
    }

    /** The rows of both, matched by position ({@code UNION ALL}: duplicates kept, as Spark's {@code union}). */
    public DataFrame union(DataFrame other) {
        return with(Union.of(plan, planOf(other)));
    }

    public DataFrame unionAll(DataFrame other) {
        return union(other);
    }

    /** The rows of both, matched by column name. */
    public DataFrame unionByName(DataFrame other) {
        return unionByName(other, false);
    }

    /** The rows of both by column name; with {@code allowMissingColumns}, a column one side lacks is null there. */
    public DataFrame unionByName(DataFrame other, boolean allowMissingColumns) {
        return with(new Union(List.of(plan, planOf(other)), true, allowMissingColumns));
    }

    public DataFrame intersect(DataFrame other) {
        return with(new SetOperation(SetOperation.Kind.INTERSECT, false, plan, planOf(other)));
    }

    public DataFrame intersectAll(DataFrame other) {
        return with(new SetOperation(SetOperation.Kind.INTERSECT, true, plan, planOf(other)));
    }

    public DataFrame except(DataFrame other) {
        return with(new SetOperation(SetOperation.Kind.EXCEPT, false, plan, planOf(other)));
    }

    public DataFrame exceptAll(DataFrame other) {
        return with(new SetOperation(SetOperation.Kind.EXCEPT, true, plan, planOf(other)));
    }

    /** This DataFrame under a name its columns can be qualified with ({@code x.a}). */
    public DataFrame alias(String alias) {
        return with(new SubqueryAlias(requireNonNull(alias, "alias is null"), plan));
    }

    public DataFrame as(String alias) {
        return alias(alias);
    }

    /** {@code hint("broadcast")}: broadcast this side of the joins it takes part in. Other hints are ignored. */
    public DataFrame hint(String name, Object... parameters) {
        return name.toLowerCase(Locale.ROOT).matches("broadcast|broadcastjoin|mapjoin")
                ? with(new BroadcastHint(plan))
                : this;
    }

    /** Dropping, filling and replacing missing values: {@code df.na().fill(0)}. */
    public DataFrameNaFunctions na() {
        return new DataFrameNaFunctions(this);
    }

    /**
     * Count, mean, standard deviation, min and max of the named columns (all numeric and string columns when none
     * is named), as strings under a {@code summary} column. Runs one aggregation job at once.
     */
    public DataFrame describe(String... columns) {
        return Describe.of(this, requireNonNull(columns, "columns is null"));
    }

    /**
     * Statistics of the numeric and string columns, as strings under a {@code summary} column: count, mean,
     * stddev, min, 25%, 50%, 75% and max, or the named ones ({@code count_distinct}, {@code approx_count_distinct}
     * and any percentage too), as Spark's {@code summary}. Runs one aggregation job at once.
     */
    public DataFrame summary(String... statistics) {
        return Describe.summary(this, requireNonNull(statistics, "statistics is null"));
    }

    /** Each row as a JSON object, in one string column {@code value}, written as {@code write().json} writes it. */
    public DataFrame toJSON() {
        return session.rivulet()
                .createDataFrame(Actions.jsonLines(session, plan), new StructType().add("value", DataTypes.StringType));
    }

    // ---- actions -----------------------------------------------------------------------------------

    /** Every row, as a list: runs the query. */
    public List<Row> collectAsList() {
        return Actions.collect(session, plan, "collectAsList");
    }

    public Row[] collect() {
        return Actions.collect(session, plan, "collect").toArray(new Row[0]);
    }

    public long count() {
        return Actions.count(session, plan);
    }

    /** The first {@code n} rows. */
    public List<Row> take(int n) {
        return Actions.take(session, plan, n, "take");
    }

    public List<Row> head(int n) {
        return take(n);
    }

    /** The first row; {@code NoSuchElementException} when there is none. */
    public Row head() {
        List<Row> rows = take(1);
        if (rows.isEmpty()) {
            throw new java.util.NoSuchElementException("next on empty iterator");
        }
        return rows.get(0);
    }

    public Row first() {
        return head();
    }

    /** The last {@code n} rows. */
    public List<Row> tail(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("The limit expression must be equal to or greater than 0, but got " + n);
        }
        List<Row> all = collectAsList();
        return new ArrayList<>(all.subList(Math.max(0, all.size() - n), all.size()));
    }

    public boolean isEmpty() {
        return take(1).isEmpty();
    }

    /** Prints the first 20 rows as Spark's {@code show()} does, strings cut to 20 characters. */
    public void show() {
        show(20);
    }

    public void show(int numRows) {
        show(numRows, true);
    }

    public void show(boolean truncate) {
        show(20, truncate);
    }

    public void show(int numRows, boolean truncate) {
        show(numRows, truncate ? 20 : 0, false);
    }

    public void show(int numRows, int truncate) {
        show(numRows, truncate, false);
    }

    /** Prints the first {@code numRows} rows, cells cut to {@code truncate} characters (0: not cut), vertically or not. */
    public void show(int numRows, int truncate, boolean vertical) {
        System.out.print(showString(numRows, truncate, vertical));
    }

    String showString(int numRows, int truncate, boolean vertical) {
        int wanted = Math.max(numRows, 0);
        List<Row> rows = Actions.take(session, plan, wanted + 1, "show");
        boolean more = rows.size() > wanted;
        List<Row> shown = more ? rows.subList(0, wanted) : rows;
        return ShowString.showString(
                shown, schema(), wanted, truncate, vertical, session.conf().timeZone(), more);
    }

    /** Prints the physical plan. */
    public void explain() {
        explain(false);
    }

    /** Prints the physical plan; with {@code extended}, the parsed, analyzed and optimized logical plans too. */
    public void explain(boolean extended) {
        System.out.println(execution.explainString(extended));
    }

    /** The rows as an {@link RDD}. */
    public RDD<Row> rdd() {
        return Actions.rows(session, plan);
    }

    /** The rows as Java beans or records of {@code type}, matched by field name. */
    public <T> RDD<T> as(Class<T> type) {
        Function<Row, T> fromRow = JavaTypeMapping.fromRow(requireNonNull(type, "type is null"));
        return rdd().map(fromRow::apply);
    }

    // ---- views and caching -------------------------------------------------------------------------

    /** Registers this DataFrame as a temporary view that SQL and {@code rv.table(name)} can name. */
    public void createOrReplaceTempView(String name) {
        session.catalog().createOrReplaceView(requireNonNull(name, "view name is null"), plan);
    }

    /** As {@link #createOrReplaceTempView}, but fails when a view of that name exists. */
    public void createTempView(String name) {
        requireNonNull(name, "view name is null");
        if (session.catalog().view(name).isPresent()) {
            throw new AnalysisException(
                    "TEMP_TABLE_OR_VIEW_ALREADY_EXISTS",
                    "Cannot create the temporary view `" + name + "` because it already exists.");
        }
        session.catalog().createOrReplaceView(name, plan);
    }

    /** {@code persist()}: keeps the rows once computed, as compressed column batches. */
    public DataFrame cache() {
        return persist();
    }

    public DataFrame persist() {
        return persist(StorageLevel.MEMORY_AND_DISK);
    }

    public DataFrame persist(StorageLevel level) {
        session.cache(plan, requireNonNull(level, "level is null"));
        return this;
    }

    public DataFrame unpersist() {
        session.uncache(plan);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("[");
        StructField[] fields = schema().fields();
        for (int i = 0; i < fields.length; i++) {
            text.append(i == 0 ? "" : ", ")
                    .append(fields[i].name())
                    .append(": ")
                    .append(fields[i].dataType().simpleString());
        }
        return text.append("]").toString();
    }

    /** What {@link Frames} may do with the package-private parts of the public classes. */
    private static final class Access implements Frames.Access {
        @Override
        public DataFrame frame(SqlSession session, LogicalPlan plan) {
            return new DataFrame(session, plan);
        }

        @Override
        public LogicalPlan plan(DataFrame frame) {
            return frame.plan;
        }

        @Override
        public SqlSession session(DataFrame frame) {
            return frame.session;
        }

        @Override
        public Column column(Expression expression) {
            return new Column(expression);
        }

        @Override
        public Expression expression(Column column) {
            return column.expression();
        }

        @Override
        public DataFrameReader reader(SqlSession session) {
            return new DataFrameReader(session);
        }

        @Override
        public DataFrameWriter writer(DataFrame frame) {
            return new DataFrameWriter(frame);
        }

        @Override
        public UDFRegistration udf(SqlSession session) {
            return new UDFRegistration(session);
        }
    }
}
