package io.rivulet.sql.expressions;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.AnalysisException;
import io.rivulet.sql.Column;
import io.rivulet.sql.api.UDF0;
import io.rivulet.sql.api.UDF1;
import io.rivulet.sql.api.UDF2;
import io.rivulet.sql.api.UDF3;
import io.rivulet.sql.api.UDF4;
import io.rivulet.sql.api.UDF5;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.JavaUdf;
import io.rivulet.sql.session.Frames;
import io.rivulet.sql.types.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * A user-defined function ready to be applied to columns, as Spark's {@code UserDefinedFunction}: made by {@code
 * functions.udf(f, returnType)} (or {@code of}, the same), applied by {@link #apply(Column...)}, registered for SQL by {@code
 * rv.udf().register(name, ...)}. Immutable.
 */
public final class UserDefinedFunction {
    private final String name;
    private final JavaUdf.Invoker function;
    private final DataType returnType;
    private final int arity;
    private final boolean nullable;
    private final boolean deterministic;

    private UserDefinedFunction(
            String name,
            JavaUdf.Invoker function,
            DataType returnType,
            int arity,
            boolean nullable,
            boolean deterministic) {
        this.name = name;
        this.function = function;
        this.returnType = returnType;
        this.arity = arity;
        this.nullable = nullable;
        this.deterministic = deterministic;
    }

    public static <R> UserDefinedFunction of(UDF0<R> f, DataType returnType) {
        requireNonNull(f, "function is null");
        return of(a -> f.call(), returnType, 0);
    }

    @SuppressWarnings("unchecked")
    public static <T1, R> UserDefinedFunction of(UDF1<T1, R> f, DataType returnType) {
        requireNonNull(f, "function is null");
        return of(a -> f.call((T1) a[0]), returnType, 1);
    }

    @SuppressWarnings("unchecked")
    public static <T1, T2, R> UserDefinedFunction of(UDF2<T1, T2, R> f, DataType returnType) {
        requireNonNull(f, "function is null");
        return of(a -> f.call((T1) a[0], (T2) a[1]), returnType, 2);
    }

    @SuppressWarnings("unchecked")
    public static <T1, T2, T3, R> UserDefinedFunction of(UDF3<T1, T2, T3, R> f, DataType returnType) {
        requireNonNull(f, "function is null");
        return of(a -> f.call((T1) a[0], (T2) a[1], (T3) a[2]), returnType, 3);
    }

    @SuppressWarnings("unchecked")
    public static <T1, T2, T3, T4, R> UserDefinedFunction of(UDF4<T1, T2, T3, T4, R> f, DataType returnType) {
        requireNonNull(f, "function is null");
        return of(a -> f.call((T1) a[0], (T2) a[1], (T3) a[2], (T4) a[3]), returnType, 4);
    }

    @SuppressWarnings("unchecked")
    public static <T1, T2, T3, T4, T5, R> UserDefinedFunction of(UDF5<T1, T2, T3, T4, T5, R> f, DataType returnType) {
        requireNonNull(f, "function is null");
        return of(a -> f.call((T1) a[0], (T2) a[1], (T3) a[2], (T4) a[3], (T5) a[4]), returnType, 5);
    }

    private static UserDefinedFunction of(JavaUdf.Invoker function, DataType returnType, int arity) {
        requireNonNull(returnType, "returnType is null");
        return new UserDefinedFunction("UDF", function, returnType, arity, true, true);
    }

    /** The column of this function over {@code columns}; their number must be the function's. */
    public Column apply(Column... columns) {
        requireNonNull(columns, "columns is null");
        List<Expression> arguments = new ArrayList<>(columns.length);
        for (Column column : columns) {
            arguments.add(Frames.expression(requireNonNull(column, "column is null")));
        }
        if (arguments.size() != arity) {
            throw new AnalysisException(
                    "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
                    "The `" + name + "` requires " + arity + " parameters but the actual number is " + arguments.size()
                            + ".");
        }
        return Frames.column(new JavaUdf(name, function, returnType, arguments, nullable, deterministic));
    }

    /** The same function, named {@code newName} (in column names and errors). */
    public UserDefinedFunction withName(String newName) {
        requireNonNull(newName, "name is null");
        return new UserDefinedFunction(newName, function, returnType, arity, nullable, deterministic);
    }

    /** The same function, declared never to return null. */
    public UserDefinedFunction asNonNullable() {
        return new UserDefinedFunction(name, function, returnType, arity, false, deterministic);
    }

    /**
     * The same function, declared to give different results for the same arguments (random, time): the
     * optimizer then neither folds it, nor merges, moves or duplicates it.
     */
    public UserDefinedFunction asNondeterministic() {
        return new UserDefinedFunction(name, function, returnType, arity, nullable, false);
    }

    public String name() {
        return name;
    }

    public DataType returnType() {
        return returnType;
    }

    public boolean nullable() {
        return nullable;
    }

    public boolean deterministic() {
        return deterministic;
    }

    @Override
    public String toString() {
        return "UserDefinedFunction(" + name + ", " + arity + " arguments => " + returnType.simpleString() + ")";
    }
}
