package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.List;

/** {@code posexplode(array)}: one row per element with its 0-based position ({@code pos, col}; {@code pos, key, value} for a map). See {@link Generator}; {@code posexplode_outer} is {@link GeneratorOuter} of this. */
public record PosExplode(Expression child) implements Generator, ImplicitCastInputTypes {
    public PosExplode {
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
        return children.get(0) == child ? this : new PosExplode(children.get(0));
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
        return Generators.elementSchema(child, true);
    }

    @Override
    public Generated generate(ColumnBatch input, boolean outer, EvalContext context) {
        return Generators.explode(child, true, input, outer, context);
    }

    @Override
    public String sql() {
        return "posexplode(" + child.sql() + ")";
    }

    @Override
    public String toString() {
        return "posexplode(" + child + ")";
    }
}
