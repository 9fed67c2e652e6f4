package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code CASE WHEN c1 THEN v1 [WHEN c2 THEN v2 ...] [ELSE e] END}: the value of the first true condition, else the
 * else value (null without one). Children: {@code c1, v1, c2, v2, ...} then {@code e}. Each value is evaluated over
 * the rows that take it (see {@link Conditionals}).
 */
public record CaseWhen(List<Expression> conditions, List<Expression> values, Optional<Expression> elseValue)
        implements Expression {
    public CaseWhen {
        conditions = List.copyOf(conditions);
        values = List.copyOf(values);
        requireNonNull(elseValue, "elseValue is null");
        if (conditions.isEmpty() || conditions.size() != values.size()) {
            throw new IllegalArgumentException(
                    "CASE WHEN needs as many values as conditions, at least one: " + conditions + ", " + values);
        }
    }

    /** {@code CASE WHEN condition THEN value END}. */
    public static CaseWhen of(Expression condition, Expression value) {
        return new CaseWhen(List.of(condition), List.of(value), Optional.empty());
    }

    /** This with one more {@code WHEN condition THEN value} (before the else value). */
    public CaseWhen when(Expression condition, Expression value) {
        List<Expression> c = new ArrayList<>(conditions);
        List<Expression> v = new ArrayList<>(values);
        c.add(condition);
        v.add(value);
        return new CaseWhen(c, v, elseValue);
    }

    public CaseWhen otherwise(Expression value) {
        return new CaseWhen(conditions, values, Optional.of(value));
    }

    private List<Expression> branchValues() {
        List<Expression> all = new ArrayList<>(values);
        elseValue.ifPresent(all::add);
        return all;
    }

    @Override
    public List<Expression> children() {
        List<Expression> children = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            children.add(conditions.get(i));
            children.add(values.get(i));
        }
        elseValue.ifPresent(children::add);
        return children;
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        List<Expression> c = new ArrayList<>();
        List<Expression> v = new ArrayList<>();
        for (int i = 0; i + 1 < children.size(); i += 2) {
            c.add(children.get(i));
            v.add(children.get(i + 1));
        }
        Optional<Expression> e =
                children.size() % 2 == 1 ? Optional.of(children.get(children.size() - 1)) : Optional.empty();
        return new CaseWhen(c, v, e);
    }

    @Override
    public DataType dataType() {
        return Conditionals.commonType(branchValues());
    }

    @Override
    public boolean nullable() {
        return elseValue.isEmpty() || branchValues().stream().anyMatch(Expression::nullable);
    }

    @Override
    public Optional<String> checkInputTypes() {
        for (int i = 0; i < conditions.size(); i++) {
            if (!conditions.get(i).dataType().equals(DataTypes.BooleanType)) {
                return TypeChecks.unexpectedInput(this, 2 * i, "\"BOOLEAN\"", conditions.get(i));
            }
        }
        return Conditionals.sameTypes(this, "casewhen", branchValues());
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        return Conditionals.caseWhen(conditions, values, elseValue.orElse(null), dataType(), batch, context);
    }

    @Override
    public String sql() {
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 0; i < conditions.size(); i++) {
            sql.append(" WHEN ")
                    .append(conditions.get(i).sql())
                    .append(" THEN ")
                    .append(values.get(i).sql());
        }
        elseValue.ifPresent(e -> sql.append(" ELSE ").append(e.sql()));
        return sql.append(" END").toString();
    }

    @Override
    public String toString() {
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 0; i < conditions.size(); i++) {
            sql.append(" WHEN ").append(conditions.get(i)).append(" THEN ").append(values.get(i));
        }
        elseValue.ifPresent(e -> sql.append(" ELSE ").append(e));
        return sql.append(" END").toString();
    }
}
