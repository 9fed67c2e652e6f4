package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.MapVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code map(k1, v1, k2, v2, ...)}: a map of the key and value arguments in every row. A null key is {@code
 * [NULL_MAP_KEY]}; a key given twice {@code [DUPLICATED_MAP_KEY]} (Spark's default {@code mapKeyDedupPolicy}).
 */
public record CreateMap(List<Expression> children) implements MayRaise {
    public CreateMap {
        children = List.copyOf(children);
    }

    private List<Expression> keys() {
        List<Expression> keys = new ArrayList<>();
        for (int i = 0; i < children.size(); i += 2) {
            keys.add(children.get(i));
        }
        return keys;
    }

    private List<Expression> values() {
        List<Expression> values = new ArrayList<>();
        for (int i = 1; i < children.size(); i += 2) {
            values.add(children.get(i));
        }
        return values;
    }

    @Override
    public Expression withNewChildren(List<Expression> newChildren) {
        return new CreateMap(newChildren);
    }

    @Override
    public DataType dataType() {
        if (children.isEmpty()) {
            return new MapType(DataTypes.NullType, DataTypes.NullType, false);
        }
        return new MapType(
                Conditionals.commonType(keys()),
                Conditionals.commonType(values()),
                values().stream().anyMatch(Expression::nullable));
    }

    @Override
    public boolean nullable() {
        return false;
    }

    @Override
    public Optional<String> checkInputTypes() {
        if (children.size() % 2 != 0) {
            return Optional.of("[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `map` requires 2n (n > 0) parameters but the"
                    + " actual number is " + children.size() + ".");
        }
        return TypeChecks.first(
                keyValueTypes("CREATE_MAP_KEY_DIFF_TYPES", "keys", keys()),
                keyValueTypes("CREATE_MAP_VALUE_DIFF_TYPES", "values", values()));
    }

    private Optional<String> keyValueTypes(String subclass, String what, List<Expression> parts) {
        Optional<String> same = Conditionals.sameTypes(this, "map", parts);
        if (same.isEmpty()) {
            return same;
        }
        String types = parts.stream()
                .map(e -> Errors.type(e.dataType()))
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        return TypeChecks.mismatch(
                this,
                subclass,
                "The given " + what + " of function `map` should all be the same" + " type, but they are [" + types
                        + "].");
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        int n = batch.numRows();
        MapType type = (MapType) dataType();
        List<Expression> keys = keys();
        List<Expression> values = values();
        int k = keys.size();
        ColumnVector[] kv = new ColumnVector[k];
        ColumnVector[] vv = new ColumnVector[k];
        for (int j = 0; j < k; j++) {
            kv[j] = keys.get(j).eval(batch, context);
            vv[j] = values.get(j).eval(batch, context);
        }
        VectorBuilder keyBuilder = VectorBuilder.forType(type.keyType(), n * k);
        VectorBuilder valueBuilder = VectorBuilder.forType(type.valueType(), n * k);
        int[] offsets = new int[n + 1];
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            seen.clear();
            for (int j = 0; j < k; j++) {
                if (kv[j].isNull(i)) {
                    throw Errors.nullMapKey(this);
                }
                Object key = kv[j].getInternal(i);
                if (k > 1 && !seen.add(InternalValues.key(key))) {
                    throw Errors.duplicateMapKey(key, type.keyType(), this);
                }
                keyBuilder.appendFrom(kv[j], i);
                valueBuilder.appendFrom(vv[j], i);
            }
            offsets[i + 1] = offsets[i] + k;
        }
        return new MapVector(type, n, offsets, keyBuilder.build(), valueBuilder.build(), null);
    }

    @Override
    public String sql() {
        return SqlText.call("map", children);
    }

    @Override
    public String toString() {
        return SqlText.callPlan("map", children);
    }
}
