package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.GetArrayItem;
import io.rivulet.sql.expr.GetMapValue;
import io.rivulet.sql.expr.GetStructField;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.Unresolved;
import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolving a name as written ({@code a}, {@code t.a}, {@code s.f.g}, {@code t.s.f}) against the columns a node reads,
 * as Spark's {@code AttributeSeq.resolve}: the leading parts are tried as a qualifier first (the longest that
 * matches), then the first part as a column; the parts left over are nested fields, extracted one after the other.
 * Names compare case-insensitively (Spark's default {@code spark.sql.caseSensitive=false}) and a resolved column takes
 * the spelling it was named by, as Spark's does.
 */
final class ColumnResolution {
    private ColumnResolution() {}

    static boolean sameName(String a, String b) {
        return a.equalsIgnoreCase(b);
    }

    /** Whether no node of the tree is still unresolved by name (types may still have to meet). */
    static boolean namesResolved(Expression expression) {
        return !expression.exists(e -> e instanceof Unresolved);
    }

    /**
     * The column or nested field {@code nameParts} names among {@code input}; empty when none does. A nested field
     * at the top of a select list ({@code aliasNested}) is named by its last part ({@code s.f AS f}), as in Spark.
     *
     * @throws io.rivulet.sql.AnalysisException when the name is ambiguous or a nested field does not exist
     */
    static Optional<Expression> resolve(List<String> nameParts, List<AttributeReference> input, boolean aliasNested) {
        int maxQualifier = 0;
        for (AttributeReference attribute : input) {
            maxQualifier = Math.max(maxQualifier, attribute.qualifier().size());
        }
        List<AttributeReference> candidates = List.of();
        int nameIndex = 0;
        for (int k = Math.min(maxQualifier, nameParts.size() - 1); k >= 1 && candidates.isEmpty(); k--) {
            candidates = qualifiedMatches(nameParts, k, input);
            nameIndex = k;
        }
        if (candidates.isEmpty()) {
            candidates = distinct(input.stream()
                    .filter(a -> sameName(a.name(), nameParts.get(0)))
                    .toList());
            nameIndex = 0;
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        if (candidates.size() > 1) {
            throw AnalysisErrors.ambiguousReference(nameParts, candidates);
        }
        Expression resolved = candidates.get(0).withName(nameParts.get(nameIndex));
        List<String> nested = nameParts.subList(nameIndex + 1, nameParts.size());
        if (nested.isEmpty()) {
            return Optional.of(resolved);
        }
        for (String field : nested) {
            resolved = extractField(resolved, field);
        }
        String last = nested.get(nested.size() - 1);
        return Optional.of(aliasNested ? Alias.of(resolved, last) : resolved);
    }

    /** Columns whose qualifier ends with the first {@code k} parts and whose name is part {@code k}. */
    private static List<AttributeReference> qualifiedMatches(
            List<String> nameParts, int k, List<AttributeReference> input) {
        List<AttributeReference> matches = new ArrayList<>();
        for (AttributeReference attribute : input) {
            List<String> qualifier = attribute.qualifier();
            if (qualifier.size() < k || !sameName(attribute.name(), nameParts.get(k))) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < k && same; i++) {
                same = sameName(qualifier.get(qualifier.size() - k + i), nameParts.get(i));
            }
            if (same) {
                matches.add(attribute);
            }
        }
        return distinct(matches);
    }

    private static List<AttributeReference> distinct(List<AttributeReference> attributes) {
        Map<Object, AttributeReference> byId = new LinkedHashMap<>();
        for (AttributeReference attribute : attributes) {
            byId.putIfAbsent(attribute.exprId(), attribute);
        }
        return List.copyOf(byId.values());
    }

    /** {@code base.field}: a struct's field (by name, case-insensitively) or a map's value at that key. */
    static Expression extractField(Expression base, String field) {
        if (base.dataType() instanceof StructType struct) {
            return new GetStructField(base, fieldIndex(struct, field), field);
        } else if (base.dataType() instanceof MapType map && map.keyType().equals(DataTypes.StringType)) {
            return new GetMapValue(base, Literal.of(field));
        }
        throw AnalysisErrors.invalidExtractBase(base);
    }

    /** {@code child[extraction]} once the child's type is known, as Spark's {@code ExtractValue.apply}. */
    static Expression extractValue(Expression child, Expression extraction) {
        if (child.dataType() instanceof StructType) {
            if (!(extraction instanceof Literal literal)
                    || literal.isNull()
                    || !literal.dataType().equals(DataTypes.StringType)) {
                throw AnalysisErrors.invalidExtractField(extraction);
            }
            return extractField(child, (String) literal.externalValue());
        } else if (child.dataType() instanceof ArrayType) {
            return new GetArrayItem(child, extraction);
        } else if (child.dataType() instanceof MapType) {
            return new GetMapValue(child, extraction);
        }
        throw AnalysisErrors.invalidExtractBase(child);
    }

    /** The ordinal of {@code name} in {@code struct}, case-insensitively. */
    static int fieldIndex(StructType struct, String name) {
        StructField[] fields = struct.fields();
        int found = -1;
        int count = 0;
        for (int i = 0; i < fields.length; i++) {
            if (sameName(fields[i].name(), name)) {
                found = found < 0 ? i : found;
                count++;
            }
        }
        if (count == 0) {
            throw AnalysisErrors.fieldNotFound(name, struct);
        } else if (count > 1) {
            throw AnalysisErrors.ambiguousField(name, count);
        }
        return found;
    }
}
