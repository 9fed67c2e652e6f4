package io.rivulet.sql;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.session.Frames;
import io.rivulet.sql.session.SqlSession;
import io.rivulet.sql.types.StructType;

/**
 * A distributed collection of rows with a schema, as Spark's {@code Dataset<Row>}: lazy and immutable. Every
 * operation ({@code select}, {@code filter}, {@code groupBy}, {@code join}, ...) returns a new DataFrame over a
 * new logical plan, analyzed at once (so a missing column fails where it is named); actions ({@code collectAsList},
 * {@code count}, {@code show}, {@code write()}) optimize the plan, plan operators over column batches and run them
 * as jobs of the engine.
 */
public final class DataFrame {
    static {
        Frames.register(new Access());
    }

    private final SqlSession session;
    private final LogicalPlan plan;

    DataFrame(SqlSession session, LogicalPlan plan) {
        this.session = requireNonNull(session, "session is null");
        this.plan = requireNonNull(plan, "plan is null");
    }

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
    }
}
