package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.List;

/** {@code explode(array)}: one row per element ({@code col}); of a map, one per entry ({@code key, value}). See {@link Generator}; {@code explode_outer} is {@link GeneratorOuter} of this. */
public record Explode(Expression child) implements Generator, ImplicitCastInputTypes {
    public Explode {
        requireNonNull(child, "child is null");
    }

    @Override
    public List<ExpectedType> inputTypes() {
        return List.of(ExpectedType.anyOf(ExpectedType.ARRAY, ExpectedType.MAP));
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == child ? this : new Explode(children.get(0));
    }

    @Override
    public DataType dataType() {
        return elementSchema();
    }

    @Override
    public boolean nullable() {
        return false;
    }

    @Override
    public boolean foldable() {
        return false;
    }

    @Override
    public StructType elementSchema() {
        return Generators.elementSchema(child, false);
    }

    @Override
    public Generated generate(ColumnBatch input, boolean outer, EvalContext context) {
        return Generators.explode(child, false, input, outer, context);
    }

    @Override
    public String sql() {
        return "explode(" + child.sql() + ")";
    }

    @Override
    public String toString() {
        return "explode(" + child + ")";
    }
}
