package io.rivulet.sql.types;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A named field of a {@link StructType}, as Spark's {@code StructField}: a name, a type, whether values may be
 * null, and string metadata (Spark keeps a field's comment there under {@code "comment"}). Immutable; equal when
 * all four are.
 */
public record StructField(String name, DataType dataType, boolean nullable, Map<String, String> metadata)
        implements Serializable {

    private static final String COMMENT = "comment";

    public StructField {
        requireNonNull(name, "name is null");
        requireNonNull(dataType, "dataType is null");
        requireNonNull(metadata, "metadata is null");
        metadata = metadata.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public StructField(String name, DataType dataType, boolean nullable) {
        this(name, dataType, nullable, Map.of());
    }

    /** A nullable field, as Spark's default. */
    public StructField(String name, DataType dataType) {
        this(name, dataType, true, Map.of());
    }

    public Optional<String> getComment() {
        return Optional.ofNullable(metadata.get(COMMENT));
    }

    public StructField withComment(String comment) {
        Map<String, String> copy = new LinkedHashMap<>(metadata);
        copy.put(COMMENT, requireNonNull(comment, "comment is null"));
        return new StructField(name, dataType, nullable, copy);
    }

    public StructField withName(String newName) {
        return new StructField(newName, dataType, nullable, metadata);
    }

    public StructField withDataType(DataType newType) {
        return new StructField(name, newType, nullable, metadata);
    }

    public StructField withNullable(boolean newNullable) {
        return new StructField(name, dataType, newNullable, metadata);
    }

    /** As Spark's: {@code a BIGINT NOT NULL COMMENT 'the key'}; names that need it are quoted with backticks. */
    public String toDDL() {
        return TypeStrings.quoteIfNeeded(name) + " " + dataType.sql() + nullAndComment();
    }

    /** The field inside {@code STRUCT<...>}: {@code a: BIGINT NOT NULL}. */
    String sql() {
        return TypeStrings.quoteIfNeeded(name) + ": " + dataType.sql() + nullAndComment();
    }

    private String nullAndComment() {
        String notNull = nullable ? "" : " NOT NULL";
        return notNull
                + getComment()
                        .map(c -> " COMMENT '" + c.replace("'", "\\'") + "'")
                        .orElse("");
    }

    void buildFormattedString(String prefix, StringBuilder builder, int maxDepth) {
        if (maxDepth > 0) {
            builder.append(prefix)
                    .append("-- ")
                    .append(TypeStrings.escapeMetaCharacters(name))
                    .append(": ")
                    .append(dataType.typeName())
                    .append(" (nullable = ")
                    .append(nullable)
                    .append(")\n");
            DataType.buildFormattedString(dataType, prefix + "    |", builder, maxDepth);
        }
    }

    /** As Spark's (metadata left out): {@code StructField(a,LongType,true)}. */
    @Override
    public String toString() {
        return "StructField(" + name + "," + dataType + "," + nullable + ")";
    }
}
