package io.rivulet.sql.beans;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.GenericRow;
import io.rivulet.sql.Row;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A record or bean class as a struct: its properties in schema order (a record's components in declaration
 * order, a bean's properties sorted by name as Spark's {@code Encoders.bean}), and the conversions of instances
 * to rows and back. Rows are matched to properties by field name (exact, then ignoring case), or by position
 * when a row has no schema; the last schema's matching is kept, since rows of one DataFrame share theirs.
 */
final class StructMapping implements ValueMapping {
    private final Class<?> type;
    private final boolean isRecord;
    private final List<Property> properties;
    private final StructType schema;
    /** Records: the canonical constructor; beans: the no-arg one. Null if the class cannot be made. */
    private final MethodHandle constructor;

    private final String constructorProblem;

    private volatile Matching lastMatching;

    private record Matching(StructType schema, int[] indexes) {}

    StructMapping(
            Class<?> type,
            boolean isRecord,
            List<Property> properties,
            MethodHandle constructor,
            String constructorProblem) {
        this.type = requireNonNull(type, "type is null");
        this.isRecord = isRecord;
        this.properties = List.copyOf(properties);
        this.constructor = constructor;
        this.constructorProblem = constructorProblem;
        StructField[] fields = new StructField[this.properties.size()];
        for (int i = 0; i < fields.length; i++) {
            Property property = this.properties.get(i);
            fields[i] = new StructField(
                    property.name(),
                    property.mapping().dataType(),
                    property.mapping().nullable());
        }
        this.schema = new StructType(fields);
    }

    StructType schema() {
        return schema;
    }

    @Override
    public DataType dataType() {
        return schema;
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public Object toExternal(Object value) {
        return toRow(value);
    }

    @Override
    public Object fromExternal(Object value) {
        if (!(value instanceof Row row)) {
            throw Scalars.cannotConvert(value, "a " + type.getName() + " (it needs a Row)");
        }
        return fromRow(row);
    }

    Row toRow(Object instance) {
        if (!type.isInstance(instance)) {
            throw new IllegalArgumentException("Expected a " + type.getName() + ", got "
                    + (instance == null ? "null" : "a " + instance.getClass().getName()));
        }
        Object[] values = new Object[properties.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = properties.get(i).read(instance);
        }
        return new GenericRow(values, schema);
    }

    Object fromRow(Row row) {
        if (constructor == null) {
            throw new IllegalArgumentException("Cannot make a " + type.getName() + ": " + constructorProblem);
        }
        int[] indexes = match(row);
        if (isRecord) {
            Object[] arguments = new Object[properties.size()];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = properties.get(i).toJava(row.get(indexes[i]));
            }
            return construct(arguments);
        }
        Object bean = construct(new Object[0]);
        for (int i = 0; i < properties.size(); i++) {
            Property property = properties.get(i);
            if (property.setter() != null) {
                property.write(bean, property.toJava(row.get(indexes[i])));
            }
        }
        return bean;
    }

    private Object construct(Object[] arguments) {
        try {
            return constructor.invokeExact(arguments);
        } catch (Throwable e) {
            throw Reflection.rethrow(e, "Making a " + type.getName());
        }
    }

    /** For each property, the index of its value in {@code row} (-1: a bean property without setter). */
    private int[] match(Row row) {
        StructType rowSchema = row.schema();
        if (rowSchema == null) {
            if (row.size() != properties.size()) {
                throw new IllegalArgumentException("A row without a schema of " + row.size() + " values cannot make a "
                        + type.getName() + " of " + properties.size() + " properties");
            }
            int[] positions = new int[properties.size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = i;
            }
            return positions;
        }
        Matching last = lastMatching;
        if (last != null && (last.schema() == rowSchema || last.schema().equals(rowSchema))) {
            return last.indexes();
        }
        int[] indexes = new int[properties.size()];
        for (int i = 0; i < indexes.length; i++) {
            Property property = properties.get(i);
            indexes[i] = isRecord || property.setter() != null ? indexOf(rowSchema, property) : -1;
        }
        lastMatching = new Matching(rowSchema, indexes);
        return indexes;
    }

    private int indexOf(StructType rowSchema, Property property) {
        OptionalInt index = rowSchema.getFieldIndex(property.name());
        if (index.isEmpty()) {
            index = rowSchema.getFieldIndexCaseInsensitive(property.name());
        }
        if (index.isEmpty()) {
            String fields =
                    rowSchema.fieldList().stream().map(StructField::name).collect(Collectors.joining(", "));
            throw new IllegalArgumentException("No field " + property.name() + " for " + property.where()
                    + " in the row, whose fields are: " + (fields.isEmpty() ? "(none)" : fields));
        }
        return index.getAsInt();
    }
}
