package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.StructVector;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code struct(a, b)} (fields named after the arguments: a column's name, an alias, else {@code col1}, {@code
 * col2}, ...) and {@code named_struct('x', a, 'y', b)}: a struct of the argument vectors themselves, never null.
 * {@code prettyName} is the function it prints as.
 */
public record CreateNamedStruct(List<String> names, List<Expression> values, String prettyName) implements Expression {
    public CreateNamedStruct {
        names = List.copyOf(names);
        values = List.copyOf(values);
        requireNonNull(prettyName, "prettyName is null");
        if (names.size() != values.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + values.size() + " values");
        }
    }

    /** Spark's {@code CreateStruct}: {@code struct(children...)} named after the children. */
    public static CreateNamedStruct struct(List<Expression> children) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            names.add(fieldName(children.get(i), i));
        }
        return new CreateNamedStruct(names, children, "struct");
    }

    /** The name a child gives its field: a named expression's name, a field's name, else {@code col<i+1>}. */
    static String fieldName(Expression child, int index) {
        if (child instanceof NamedExpression named && !(child instanceof UnresolvedAlias)) {
            return named.name();
        } else if (child instanceof UnresolvedAttribute attribute) {
            return attribute.name();
        } else if (child instanceof GetStructField field) {
            return field.name();
        }
        return "col" + (index + 1);
    }

    @Override
    public List<Expression> children() {
        return values;
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new CreateNamedStruct(names, children, prettyName);
    }

    @Override
    public DataType dataType() {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            fields.add(new StructField(
                    names.get(i), values.get(i).dataType(), values.get(i).nullable()));
        }
        return new StructType(fields);
    }

    @Override
    public boolean nullable() {
        return false;
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        List<ColumnVector> children = new ArrayList<>();
        for (Expression value : values) {
            children.add(value.eval(batch, context));
        }
        return new StructVector((StructType) dataType(), batch.numRows(), children, null);
    }

    @Override
    public String sql() {
        if (prettyName.equals("struct")) {
            return SqlText.call("struct", values);
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            parts.add(names.get(i));
            parts.add(values.get(i).sql());
        }
        return prettyName + "(" + String.join(", ", parts) + ")";
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            parts.add(names.get(i));
            parts.add(values.get(i).toString());
        }
        return parts.stream().collect(Collectors.joining(", ", prettyName + "(", ")"));
    }
}
