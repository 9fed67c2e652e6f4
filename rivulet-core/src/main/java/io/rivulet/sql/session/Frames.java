package io.rivulet.sql.session;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.Column;
import io.rivulet.sql.DataFrame;
import io.rivulet.sql.DataFrameReader;
import io.rivulet.sql.DataFrameWriter;
import io.rivulet.sql.UDFRegistration;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.WindowSpecDefinition;
import io.rivulet.sql.expressions.WindowSpec;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.function.Function;

/**
 * How the internal packages of the SQL layer make and open the public {@link DataFrame} and {@link Column},
 * whose constructors and contents are not public (the public API never mentions an internal type). The public
 * classes register their access here when they are initialized, as {@code Rivulet} does with
 * {@code RivuletInternals}.
 */
public final class Frames {
    private static volatile Access access;
    private static volatile Function<WindowSpec, WindowSpecDefinition> windows;

    private Frames() {}

    /** What {@code io.rivulet.sql} lets its internal packages do. */
    public interface Access {
        DataFrame frame(SqlSession session, LogicalPlan plan);

        LogicalPlan plan(DataFrame frame);

        SqlSession session(DataFrame frame);

        Column column(Expression expression);

        Expression expression(Column column);

        DataFrameReader reader(SqlSession session);

        DataFrameWriter writer(DataFrame frame);

        UDFRegistration udf(SqlSession session);
    }

    /** Called once, by {@link DataFrame}'s class initializer. */
    public static synchronized void register(Access publicAccess) {
        if (access != null) {
            throw new IllegalStateException("the SQL layer's access is registered already");
        }
        access = requireNonNull(publicAccess, "publicAccess is null");
    }

    /** Called once, by {@link WindowSpec}'s class initializer. */
    public static synchronized void registerWindows(Function<WindowSpec, WindowSpecDefinition> definitions) {
        if (windows != null) {
            throw new IllegalStateException("the window specs' access is registered already");
        }
        windows = requireNonNull(definitions, "definitions is null");
    }

    /** What a {@code WindowSpec} stands for. */
    public static WindowSpecDefinition windowDefinition(WindowSpec spec) {
        requireNonNull(spec, "spec is null");
        // the spec's class is initialized (it registered) since an instance exists
        return windows.apply(spec);
    }

    private static Access access() {
        Access result = access;
        if (result == null) {
            try {
                Class.forName(DataFrame.class.getName(), true, DataFrame.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            result = access;
        }
        return result;
    }

    public static DataFrame frame(SqlSession session, LogicalPlan plan) {
        return access().frame(session, plan);
    }

    public static LogicalPlan plan(DataFrame frame) {
        return access().plan(frame);
    }

    public static SqlSession session(DataFrame frame) {
        return access().session(frame);
    }

    public static Column column(Expression expression) {
        return access().column(expression);
    }

    public static Expression expression(Column column) {
        return access().expression(column);
    }

    /** {@code rv.read()}: a reader of the session's sources. */
    public static DataFrameReader reader(SqlSession session) {
        return access().reader(session);
    }

    /** {@code rv.udf()}: registers the session's UDFs. */
    public static UDFRegistration udf(SqlSession session) {
        return access().udf(session);
    }

    /** {@code df.write()}. */
    public static DataFrameWriter writer(DataFrame frame) {
        return access().writer(frame);
    }
}
