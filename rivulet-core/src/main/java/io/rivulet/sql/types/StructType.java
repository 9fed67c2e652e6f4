package io.rivulet.sql.types;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * An ordered list of named fields, as Spark's {@code StructType}: the type of a row (a schema) and of struct
 * values, whose external class is {@code io.rivulet.sql.Row}.
 *
 * <p>Immutable: {@link #add} returns a new struct. Names need not be unique (Spark allows duplicates, as a join's
 * output has); a lookup by a name that several fields have fails and says so, as one by a missing name does,
 * naming the fields there are.
 */
public final class StructType extends DataType implements Iterable<StructField> {
    /** In the name maps: the name belongs to several fields. */
    private static final int AMBIGUOUS = -1;

    private final StructField[] fields;
    private final List<StructField> fieldList;
    // Built on first lookup; immutable once published, so a racy double build is harmless.
    private transient volatile Map<String, Integer> byName;
    private transient volatile Map<String, Integer> byLowerCaseName;

    /** The empty struct, to {@link #add} fields to. */
    public StructType() {
        this(new StructField[0]);
    }

    public StructType(StructField[] fields) {
        requireNonNull(fields, "fields is null");
        this.fields = fields.clone();
        for (int i = 0; i < this.fields.length; i++) {
            requireNonNull(this.fields[i], "field " + i + " is null");
        }
        this.fieldList = Collections.unmodifiableList(Arrays.asList(this.fields));
    }

    public StructType(List<StructField> fields) {
        this(requireNonNull(fields, "fields is null").toArray(new StructField[0]));
    }

    /**
     * The schema of a DDL string, as Spark's {@code StructType.fromDDL}: {@code a INT NOT NULL, b STRING COMMENT
     * 'the name'}; throws {@code io.rivulet.sql.ParseException} if it is not one.
     */
    public static StructType fromDDL(String ddl) {
        return io.rivulet.sql.parser.SqlParser.parseTableSchema(ddl);
    }

    /** A copy of the fields (Spark's array); {@link #fieldList()} gives them without copying. */
    public StructField[] fields() {
        return fields.clone();
    }

    /** The fields as an unmodifiable list. */
    public List<StructField> fieldList() {
        return fieldList;
    }

    public String[] fieldNames() {
        String[] names = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            names[i] = fields[i].name();
        }
        return names;
    }

    /** Spark's alias of {@link #fieldNames()}. */
    public String[] names() {
        return fieldNames();
    }

    public int length() {
        return fields.length;
    }

    public int size() {
        return fields.length;
    }

    public StructField apply(int index) {
        return fields[index];
    }

    /** The field named {@code name}; throws {@code IllegalArgumentException} if none or several are. */
    public StructField apply(String name) {
        return fields[fieldIndex(name)];
    }

    public StructField field(int index) {
        return fields[index];
    }

    public StructField field(String name) {
        return apply(name);
    }

    /** The index of the field named {@code name}; throws {@code IllegalArgumentException} if none or several are. */
    public int fieldIndex(String name) {
        requireNonNull(name, "name is null");
        Integer index = nameMap().get(name);
        if (index == null) {
            throw new IllegalArgumentException("No such struct field " + quote(name) + " in " + fieldsForMessage());
        }
        if (index == AMBIGUOUS) {
            throw ambiguous(name);
        }
        return index;
    }

    /** The index of the field named {@code name}, if there is one; throws if several fields have that name. */
    public OptionalInt getFieldIndex(String name) {
        requireNonNull(name, "name is null");
        Integer index = nameMap().get(name);
        if (index != null && index == AMBIGUOUS) {
            throw ambiguous(name);
        }
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /**
     * The index of the field whose name equals {@code name} ignoring case (Spark's default resolution); throws if
     * several fields do.
     */
    public OptionalInt getFieldIndexCaseInsensitive(String name) {
        requireNonNull(name, "name is null");
        Integer index = lowerCaseNameMap().get(name.toLowerCase(Locale.ROOT));
        if (index != null && index == AMBIGUOUS) {
            throw ambiguous(name);
        }
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    public StructType add(StructField field) {
        StructField[] grown = Arrays.copyOf(fields, fields.length + 1);
        grown[fields.length] = requireNonNull(field, "field is null");
        return new StructType(grown);
    }

    /** Adds a nullable field. */
    public StructType add(String name, DataType dataType) {
        return add(new StructField(name, dataType, true));
    }

    public StructType add(String name, DataType dataType, boolean nullable) {
        return add(new StructField(name, dataType, nullable));
    }

    public StructType add(String name, DataType dataType, boolean nullable, String comment) {
        return add(new StructField(name, dataType, nullable).withComment(comment));
    }

    @Override
    public Iterator<StructField> iterator() {
        return fieldList.iterator();
    }

    /** The tree {@code printSchema} prints, starting with {@code root}, one line per field, element and entry. */
    public String treeString() {
        return treeString(Integer.MAX_VALUE);
    }

    /** The tree down to {@code maxDepth} levels of nesting (0 or less: all of them). */
    public String treeString(int maxDepth) {
        StringBuilder builder = new StringBuilder("root\n");
        int depth = maxDepth > 0 ? maxDepth : Integer.MAX_VALUE;
        for (StructField field : fields) {
            field.buildFormattedString(" |", builder, depth);
        }
        return builder.toString();
    }

    /** Prints {@link #treeString()} and a line break on standard output, as Spark's (so a blank line follows). */
    public void printTreeString() {
        System.out.println(treeString());
    }

    void buildFormattedString(String prefix, StringBuilder builder, int maxDepth) {
        for (StructField field : fields) {
            field.buildFormattedString(prefix, builder, maxDepth);
        }
    }

    @Override
    public String typeName() {
        return "struct";
    }

    /** {@code struct<a:int,b:string>}, cut after 25 fields as Spark's (the rest as "... N more fields"). */
    @Override
    public String simpleString() {
        List<String> items = new ArrayList<>(fields.length);
        for (StructField field : fields) {
            items.add(field.name() + ":" + field.dataType().simpleString());
        }
        return TypeStrings.truncated(items, "struct<", ",", ">", TypeStrings.MAX_TO_STRING_FIELDS);
    }

    @Override
    public String catalogString() {
        return fieldList.stream()
                .map(f -> f.name() + ":" + f.dataType().catalogString())
                .collect(Collectors.joining(",", "struct<", ">"));
    }

    @Override
    public String sql() {
        return fieldList.stream().map(StructField::sql).collect(Collectors.joining(", ", "STRUCT<", ">"));
    }

    /** The fields as a table schema in DDL: {@code a BIGINT NOT NULL,b STRING}. */
    public String toDDL() {
        return fieldList.stream().map(StructField::toDDL).collect(Collectors.joining(","));
    }

    @Override
    public int defaultSize() {
        int size = 0;
        for (StructField field : fields) {
            size += field.dataType().defaultSize();
        }
        return size;
    }

    @Override
    public StructType asNullable() {
        StructField[] nullable = new StructField[fields.length];
        for (int i = 0; i < fields.length; i++) {
            StructField field = fields[i];
            nullable[i] = new StructField(field.name(), field.dataType().asNullable(), true, field.metadata());
        }
        return new StructType(nullable);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof StructType that && Arrays.equals(fields, that.fields));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(fields);
    }

    /** As Spark's: {@code StructType(StructField(a,LongType,true),StructField(b,StringType,false))}. */
    @Override
    public String toString() {
        return fieldList.stream().map(StructField::toString).collect(Collectors.joining(",", "StructType(", ")"));
    }

    private Map<String, Integer> nameMap() {
        Map<String, Integer> map = byName;
        if (map == null) {
            map = indexBy(false);
            byName = map;
        }
        return map;
    }

    private Map<String, Integer> lowerCaseNameMap() {
        Map<String, Integer> map = byLowerCaseName;
        if (map == null) {
            map = indexBy(true);
            byLowerCaseName = map;
        }
        return map;
    }

    private Map<String, Integer> indexBy(boolean lowerCase) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < fields.length; i++) {
            String name = lowerCase ? fields[i].name().toLowerCase(Locale.ROOT) : fields[i].name();
            map.merge(name, i, (a, b) -> AMBIGUOUS);
        }
        return map;
    }

    private IllegalArgumentException ambiguous(String name) {
        return new IllegalArgumentException(
                "Ambiguous struct field " + quote(name) + ": several fields have that name in " + fieldsForMessage());
    }

    private String fieldsForMessage() {
        if (fields.length == 0) {
            return "an empty struct";
        }
        return fieldList.stream().map(f -> quote(f.name())).collect(Collectors.joining(", "));
    }

    /** Spark's {@code toSQLId} in messages: always in backticks. */
    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
