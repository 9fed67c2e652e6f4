package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.List;
import java.util.Optional;

/**
 * The {@code _outer} form of a generator ({@code explode_outer}, {@code posexplode_outer}), as Spark's {@code
 * GeneratorOuter}: the analyzer may unwrap it into a {@code Generate} with {@code outer} set; left in place, it
 * generates as outer whatever the operator asks.
 */
public record GeneratorOuter(Generator child) implements Generator {
    public GeneratorOuter {
        requireNonNull(child, "child is null");
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == child ? this : new GeneratorOuter((Generator) children.get(0));
    }

    @Override
    public DataType dataType() {
        return child.dataType();
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
    public Optional<String> checkInputTypes() {
        return child.checkInputTypes();
    }

    @Override
    public StructType elementSchema() {
        return child.elementSchema();
    }

    @Override
    public Generated generate(ColumnBatch input, boolean outer, EvalContext context) {
        return child.generate(input, true, context);
    }

    @Override
    public String sql() {
        String inner = child.sql();
        int paren = inner.indexOf('(');
        return paren < 0 ? inner : inner.substring(0, paren) + "_outer" + inner.substring(paren);
    }

    @Override
    public String toString() {
        return child.toString();
    }
}
