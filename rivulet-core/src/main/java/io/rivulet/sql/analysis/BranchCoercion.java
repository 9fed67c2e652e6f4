package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.Between;
import io.rivulet.sql.expr.CaseWhen;
import io.rivulet.sql.expr.Coalesce;
import io.rivulet.sql.expr.CreateArray;
import io.rivulet.sql.expr.CreateMap;
import io.rivulet.sql.expr.EvalMode;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Greatest;
import io.rivulet.sql.expr.If;
import io.rivulet.sql.expr.In;
import io.rivulet.sql.expr.Least;
import io.rivulet.sql.expr.NullIf;
import io.rivulet.sql.expr.Nvl;
import io.rivulet.sql.expr.Nvl2;
import io.rivulet.sql.expr.TypeWidening;
import io.rivulet.sql.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Values that become one column meet at their wider type ({@link TypeWidening#findWiderCommonType}), as Spark's
 * {@code CaseWhenCoercion}, {@code IfCoercion}, {@code FunctionArgumentConversion} and {@code InConversion}: the
 * branches of {@code CASE} and {@code IF}, the arguments of {@code coalesce}, {@code nvl}, {@code nvl2},
 * {@code nullif}, {@code greatest}, {@code least}, {@code array(...)}, the keys and the values of {@code map(...)},
 * the value and list of {@code IN} and the three of {@code BETWEEN}. {@code CASE WHEN c THEN 1 ELSE 2.5D END} is a
 * double.
 */
final class BranchCoercion {
    private BranchCoercion() {}

    static Expression coerce(Expression e, boolean ansi, EvalMode mode) {
        if (e instanceof CaseWhen c) {
            List<Expression> branches = new ArrayList<>(c.values());
            c.elseValue().ifPresent(branches::add);
            return widened(branches, ansi, mode)
                    .map(cast -> (Expression) new CaseWhen(
                            c.conditions(),
                            cast.subList(0, c.values().size()),
                            c.elseValue().map(x -> cast.get(cast.size() - 1))))
                    .orElse(e);
        } else if (e instanceof If i) {
            return widened(List.of(i.trueValue(), i.falseValue()), ansi, mode)
                    .map(cast -> (Expression) new If(i.predicate(), cast.get(0), cast.get(1)))
                    .orElse(e);
        } else if (e instanceof Nvl2 n) {
            return widened(List.of(n.ifNotNull(), n.ifNull()), ansi, mode)
                    .map(cast -> (Expression) new Nvl2(n.test(), cast.get(0), cast.get(1)))
                    .orElse(e);
        } else if (e instanceof In in) {
            List<Expression> all = new ArrayList<>();
            all.add(in.value());
            all.addAll(in.list());
            return widened(all, ansi, mode)
                    .map(cast -> (Expression) new In(cast.get(0), cast.subList(1, cast.size())))
                    .orElse(e);
        } else if (e instanceof CreateMap map) {
            return coerceMap(map, ansi, mode);
        } else if (e instanceof Coalesce
                || e instanceof Greatest
                || e instanceof Least
                || e instanceof CreateArray
                || e instanceof Nvl
                || e instanceof NullIf
                || e instanceof Between) {
            return widened(e.children(), ansi, mode).map(e::withNewChildren).orElse(e);
        }
        return e;
    }

    /** Keys with keys, values with values: {@code map(k1, v1, k2, v2, ...)}. */
    private static Expression coerceMap(CreateMap map, boolean ansi, EvalMode mode) {
        List<Expression> keys = new ArrayList<>();
        List<Expression> values = new ArrayList<>();
        List<Expression> children = map.children();
        for (int i = 0; i + 1 < children.size(); i += 2) {
            keys.add(children.get(i));
            values.add(children.get(i + 1));
        }
        Optional<List<Expression>> castKeys = widened(keys, ansi, mode);
        Optional<List<Expression>> castValues = widened(values, ansi, mode);
        if (castKeys.isEmpty() && castValues.isEmpty()) {
            return map;
        }
        List<Expression> k = castKeys.orElse(keys);
        List<Expression> v = castValues.orElse(values);
        List<Expression> rebuilt = new ArrayList<>(children.size());
        for (int i = 0; i < k.size(); i++) {
            rebuilt.add(k.get(i));
            rebuilt.add(v.get(i));
        }
        return map.withNewChildren(rebuilt);
    }

    /** The expressions cast to their wider type; empty when they are of one type already or cannot meet. */
    private static Optional<List<Expression>> widened(List<Expression> expressions, boolean ansi, EvalMode mode) {
        if (expressions.size() < 2) {
            return Optional.empty();
        }
        DataType first = expressions.get(0).dataType();
        if (Casts.allOf(expressions, first)) {
            return Optional.empty();
        }
        return TypeWidening.findWiderCommonType(Casts.types(expressions), ansi)
                .map(type -> Casts.all(expressions, type, mode));
    }
}
