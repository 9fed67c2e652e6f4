package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.util.List;
import java.util.Optional;

/**
 * A built-in function evaluated row by row over external values by its {@link ScalarKernel} (looked up by {@code
 * name} in {@link ScalarKernels}): {@code split}, {@code regexp_replace}, {@code lpad}, {@code date_add}, {@code
 * months_between}, {@code array_distinct}, ... The loop is over the batch's rows; each row's argument values are read
 * from the vectors, the kernel gives the result, and a builder makes the output vector.
 */
public record ScalarFunction(String name, List<Expression> arguments) implements ImplicitCastInputTypes, MayRaise {
    public ScalarFunction {
        requireNonNull(name, "name is null");
        arguments = List.copyOf(arguments);
        ScalarKernels.get(name);
    }

    public static ScalarFunction of(String name, Expression... arguments) {
        return new ScalarFunction(name, List.of(arguments));
    }

    ScalarKernel kernel() {
        return ScalarKernels.get(name);
    }

    private List<DataType> argumentTypes() {
        return arguments.stream().map(Expression::dataType).toList();
    }

    @Override
    public List<ExpectedType> inputTypes() {
        return kernel().inputTypes.apply(argumentTypes());
    }

    @Override
    public Optional<String> checkInputTypes() {
        Optional<String> types = ImplicitCastInputTypes.super.checkInputTypes();
        return types.isPresent() ? types : kernel().extraCheck.apply(this);
    }

    @Override
    public List<Expression> children() {
        return arguments;
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new ScalarFunction(name, children);
    }

    @Override
    public DataType dataType() {
        return kernel().resultType.apply(argumentTypes());
    }

    @Override
    public boolean nullable() {
        ScalarKernel kernel = kernel();
        return kernel.mayGiveNull || arguments.stream().anyMatch(Expression::nullable);
    }

    @Override
    public boolean mayRaise() {
        return kernel().mayRaise;
    }

    @Override
    public boolean deterministic() {
        return kernel().deterministic && ImplicitCastInputTypes.super.deterministic();
    }

    @Override
    public boolean foldable() {
        return kernel().deterministic && !arguments.isEmpty() && ImplicitCastInputTypes.super.foldable();
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        ScalarKernel kernel = kernel();
        int n = batch.numRows();
        ColumnVector[] vectors = new ColumnVector[arguments.size()];
        for (int k = 0; k < vectors.length; k++) {
            vectors[k] = arguments.get(k).eval(batch, context);
        }
        ScalarKernel.State state = new ScalarKernel.State(this, context);
        VectorBuilder builder = VectorBuilder.forType(dataType(), n);
        Object[] row = new Object[vectors.length];
        for (int i = 0; i < n; i++) {
            boolean anyNull = false;
            for (int k = 0; k < vectors.length; k++) {
                row[k] = vectors[k].get(i);
                anyNull |= row[k] == null;
            }
            builder.append(anyNull && kernel.nullIntolerant ? null : kernel.function.apply(row, state));
        }
        return builder.build();
    }

    @Override
    public String sql() {
        return SqlText.call(name, arguments);
    }

    @Override
    public String toString() {
        return SqlText.callPlan(name, arguments);
    }
}
