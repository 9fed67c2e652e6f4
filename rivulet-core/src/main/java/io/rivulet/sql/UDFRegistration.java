package io.rivulet.sql;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.api.UDF0;
import io.rivulet.sql.api.UDF1;
import io.rivulet.sql.api.UDF2;
import io.rivulet.sql.api.UDF3;
import io.rivulet.sql.api.UDF4;
import io.rivulet.sql.api.UDF5;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expressions.UserDefinedFunction;
import io.rivulet.sql.session.SqlSession;
import io.rivulet.sql.types.DataType;
import java.util.List;

/**
 * Registers user-defined functions by name for SQL ({@code rv.udf().register("plusOne", (UDF1<Integer, Integer>)
 * x -> x + 1, DataTypes.IntegerType)}, then {@code rv.sql("SELECT plusOne(a) FROM t")}), as Spark's {@code
 * UDFRegistration}. A name is case-insensitive and replaces a built-in function of that name in this {@code
 * Rivulet}, as Spark's temporary functions do. Thread-safe.
 */
public final class UDFRegistration {
    private final SqlSession session;

    UDFRegistration(SqlSession session) {
        this.session = requireNonNull(session, "session is null");
    }

    /** Registers {@code udf} under {@code name}; returns it named so, for use in the DataFrame API too. */
    public UserDefinedFunction register(String name, UserDefinedFunction udf) {
        requireNonNull(name, "name is null");
        UserDefinedFunction named = requireNonNull(udf, "udf is null").withName(name);
        session.functionRegistry().register(name, (called, arguments, distinct) -> call(named, arguments, distinct));
        return named;
    }

    public <R> UserDefinedFunction register(String name, UDF0<R> f, DataType returnType) {
        return register(name, UserDefinedFunction.of(f, returnType));
    }

    public <T1, R> UserDefinedFunction register(String name, UDF1<T1, R> f, DataType returnType) {
        return register(name, UserDefinedFunction.of(f, returnType));
    }

    public <T1, T2, R> UserDefinedFunction register(String name, UDF2<T1, T2, R> f, DataType returnType) {
        return register(name, UserDefinedFunction.of(f, returnType));
    }

    public <T1, T2, T3, R> UserDefinedFunction register(String name, UDF3<T1, T2, T3, R> f, DataType returnType) {
        return register(name, UserDefinedFunction.of(f, returnType));
    }

    public <T1, T2, T3, T4, R> UserDefinedFunction register(
            String name, UDF4<T1, T2, T3, T4, R> f, DataType returnType) {
        return register(name, UserDefinedFunction.of(f, returnType));
    }

    public <T1, T2, T3, T4, T5, R> UserDefinedFunction register(
            String name, UDF5<T1, T2, T3, T4, T5, R> f, DataType returnType) {
        return register(name, UserDefinedFunction.of(f, returnType));
    }

    private static Expression call(UserDefinedFunction udf, List<Expression> arguments, boolean distinct) {
        if (distinct) {
            throw new AnalysisException(
                    "INVALID_SQL_SYNTAX.FUNCTION_WITH_UNSUPPORTED_SYNTAX",
                    "Invalid SQL syntax: The function `" + udf.name() + "` does not support DISTINCT.");
        }
        Column[] columns = arguments.stream().map(Column::new).toArray(Column[]::new);
        return udf.apply(columns).expression();
    }
}
