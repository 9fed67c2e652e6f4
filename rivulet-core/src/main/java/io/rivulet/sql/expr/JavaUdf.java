package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A call of the user's Java function ({@code functions.udf(...)}, {@code rv.udf().register(...)}), as Spark's
 * {@code ScalaUDF}: row by row, each argument given as the external value {@code Row.get} would give (a struct as
 * a {@code Row}, an array as a {@code List}), the result converted back from the external value of {@code
 * dataType}. A failure of the function names it and the row's values are not lost in a wrapper: the cause is kept.
 *
 * @param name the registered name, or {@code UDF} for an anonymous one (Spark's default)
 * @param function applies the user's function to one row's argument values
 * @param nullable whether the result may be null ({@code asNonNullable()} says it never is)
 * @param deterministic false after {@code asNondeterministic()}: the optimizer then neither folds nor moves it
 */
public record JavaUdf(
        String name,
        Invoker function,
        DataType dataType,
        List<Expression> children,
        boolean nullable,
        boolean deterministic)
        implements MayRaise {

    /** The user's function of one row's argument values, whatever its arity. */
    @FunctionalInterface
    public interface Invoker extends Serializable {
        Object invoke(Object[] arguments) throws Exception;
    }

    public JavaUdf {
        requireNonNull(name, "name is null");
        requireNonNull(function, "function is null");
        requireNonNull(dataType, "dataType is null");
        children = List.copyOf(children);
    }

    @Override
    public Expression withNewChildren(List<Expression> newChildren) {
        return new JavaUdf(name, function, dataType, newChildren, nullable, deterministic);
    }

    @Override
    public boolean deterministic() {
        return deterministic && MayRaise.super.deterministic();
    }

    @Override
    public boolean foldable() {
        // never evaluated while planning: the user's code runs in tasks only, as in Spark
        return false;
    }

    @Override
    public boolean mayRaise() {
        return true;
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        int n = batch.numRows();
        ColumnVector[] vectors = new ColumnVector[children.size()];
        for (int k = 0; k < vectors.length; k++) {
            vectors[k] = children.get(k).eval(batch, context);
        }
        VectorBuilder builder = VectorBuilder.forType(dataType, n);
        for (int i = 0; i < n; i++) {
            Object[] row = new Object[vectors.length];
            for (int k = 0; k < vectors.length; k++) {
                row[k] = vectors[k].get(i);
            }
            Object result;
            try {
                result = function.invoke(row);
            } catch (Exception e) {
                throw failed(e);
            }
            try {
                builder.append(result);
            } catch (RuntimeException e) {
                throw new UdfFailedException(
                        "User defined function (" + signature() + ") returned " + describe(result)
                                + ", which is not a value of its declared return type "
                                + Errors.type(dataType) + ".",
                        sql(),
                        e);
            }
        }
        return builder.build();
    }

    private RuntimeException failed(Throwable cause) {
        return new UdfFailedException(
                "User defined function (" + signature() + ") failed due to: " + cause + ".", sql(), cause);
    }

    /** {@code `name`: (int, string) => bigint}, as Spark names a UDF in its errors. */
    private String signature() {
        String arguments = children.stream()
                .map(c -> c.resolved() ? c.dataType().simpleString() : "?")
                .collect(Collectors.joining(", "));
        return "`" + name + "`: (" + arguments + ") => " + dataType.simpleString();
    }

    private static String describe(Object value) {
        return value == null ? "null" : value + " (a " + value.getClass().getName() + ")";
    }

    @Override
    public String sql() {
        return SqlText.call(name, children);
    }

    @Override
    public String toString() {
        return name + "(" + children.stream().map(Object::toString).collect(Collectors.joining(", ")) + ")";
    }
}
