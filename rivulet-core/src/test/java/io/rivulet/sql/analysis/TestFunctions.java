package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.AggregateFunction;
import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Generator;
import io.rivulet.sql.expr.SqlText;
import io.rivulet.sql.expr.WindowFunction;
import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Test-only expression nodes standing for the expression package's (written on another branch): just enough of
 * Spark's {@code Add}, {@code EqualTo}, {@code Upper}, {@code Count}, {@code Sum}, {@code Explode},
 * {@code RowNumber}, {@code Coalesce} and {@code Rand} for the analyzer's rules, and a registry of them.
 */
final class TestFunctions {
    private TestFunctions() {}

    static final FunctionResolver RESOLVER = (name, args, distinct) -> {
        Expression node = switch (name.toLowerCase(Locale.ROOT)) {
            case "upper" -> new Upper(args.get(0));
            case "count" -> new Count(args, distinct);
            case "sum" -> new Sum(args.get(0));
            case "explode" -> new Explode(args.get(0));
            case "row_number" -> new RowNumber();
            case "coalesce" -> new Coalesce(args);
            case "=" -> new EqualTo(args.get(0), args.get(1));
            case "rand" -> new Rand();
            case "and" -> new And(args.get(0), args.get(1));
            case "max" -> new Max(args.get(0));
            default -> null;
        };
        return Optional.ofNullable(node);
    };

    /** A type-check report in the expression package's form: the whole message, its error class first. */
    private static String typeError(Expression node, DataType left, DataType right) {
        return "[DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES] Cannot resolve \"" + node.sql() + "\" due to data type"
                + " mismatch: the left and right operands of the binary operator have incompatible types (\""
                + left.sql() + "\" and \"" + right.sql() + "\").";
    }

    /** {@code (left + right)}: both sides of one type, as Spark's {@code Add} before coercion. */
    record Add(Expression left, Expression right) implements Expression {
        @Override
        public List<Expression> children() {
            return List.of(left, right);
        }

        @Override
        public Expression withNewChildren(List<Expression> children) {
            return new Add(children.get(0), children.get(1));
        }

        @Override
        public DataType dataType() {
            return left.dataType();
        }

        @Override
        public boolean nullable() {
            return left.nullable() || right.nullable();
        }

        @Override
        public Optional<String> checkInputTypes() {
            return left.dataType().equals(right.dataType())
                    ? Optional.empty()
                    : Optional.of(typeError(this, left.dataType(), right.dataType()));
        }

        @Override
        public String sql() {
            return "(" + left.sql() + " + " + right.sql() + ")";
        }

        @Override
        public String toString() {
            return "(" + left + " + " + right + ")";
        }
    }

    /** {@code (left = right)}. */
    record EqualTo(Expression left, Expression right) implements Expression {
        @Override
        public List<Expression> children() {
            return List.of(left, right);
        }

        @Override
        public Expression withNewChildren(List<Expression> children) {
            return new EqualTo(children.get(0), children.get(1));
        }

        @Override
        public DataType dataType() {
            return DataTypes.BooleanType;
        }

        @Override
        public boolean nullable() {
            return left.nullable() || right.nullable();
        }

        @Override
        public Optional<String> checkInputTypes() {
            return left.dataType().equals(right.dataType())
                    ? Optional.empty()
                    : Optional.of(typeError(this, left.dataType(), right.dataType()));
        }

        @Override
        public String sql() {
            return "(" + left.sql() + " = " + right.sql() + ")";
        }

        @Override
        public String toString() {
            return "(" + left + " = " + right + ")";
        }
    }

    /** {@code upper(child)}. */
    record Upper(Expression child) implements Expression {
        @Override
        public List<Expression> children() {
            return List.of(child);
        }

        @Override
        public Expression withNewChildren(List<Expression> children) {
            return new Upper(children.get(0));
        }

        @Override
        public DataType dataType() {
            return DataTypes.StringType;
        }

        @Override
        public boolean nullable() {
            return child.nullable();
        }

        @Override
        public String sql() {
            return SqlText.call("upper", List.of(child));
        }

        @Override
        public String toString() {
            return SqlText.callPlan("upper", List.of(child));
        }
    }

    /** {@code coalesce(args)}: all of one type. */
    record Coalesce(List<Expression> arguments) implements Expression {
        @Override
        public List<Expression> children() {
            return arguments;
        }

        @Override
        public Expression withNewChildren(List<Expression> children) {
            return new Coalesce(children);
        }

        @Override
        public DataType dataType() {
            return arguments.get(0).dataType();
        }

        @Override
        public boolean nullable() {
            return arguments.stream().allMatch(Expression::nullable);
        }

        @Override
        public String sql() {
            return SqlText.call("coalesce", arguments);
        }

        @Override
        public String toString() {
            return SqlText.callPlan("coalesce", arguments);
        }
    }

    /** {@code rand()}: not deterministic. */
    record Rand() implements Expression {
        @Override
        public List<Expression> children() {
            return List.of();
        }

        @Override
        public Expression withNewChildren(List<Expression> children) {
            return this;
        }

        @Override
        public DataType dataType() {
            return DataTypes.DoubleType;
        }

        @Override
        public boolean nullable() {
            return false;
        }

        @Override
        public boolean deterministic() {
            return false;
        }

        @Override
        public String sql() {
            return "rand()";
        }

        @Override
        public String toString() {
            return "rand()";
        }
    }

    /** An aggregate never run by these tests. */
    interface TestAggregate extends AggregateFunction {
        @Override
        default List<DataType> stateTypes() {
            return List.of(dataType());
        }

        @Override
        default GroupedState newState() {
            throw new UnsupportedOperationException("test aggregate");
        }
    }

    /** {@code count(args)}, {@code count(DISTINCT args)}. */
    record Count(List<Expression> arguments, boolean distinct) implements TestAggregate {
        @Override
        public List<Expression> children() {
            return arguments;
        }

        @Override
        public Expression withNewChildren(List<Expression> children) {
            return new Count(children, distinct);
        }

        @Override
        public DataType dataType() {
            return DataTypes.LongType;
        }

        @Override
        public boolean nullable() {
            return false;
        }

        @Override
        public String sql() {
            String args = arguments.stream().map(Expression::sql).collect(Collectors.joining(", "));
            return "count(" + (distinct ? "DISTINCT " : "") + args + ")";
        }

        @Override
        public String toString() {
            String args = arguments.stream().map(Object::toString).collect(Collectors.joining(", "));
            return "count(" + (distinct ? "distinct " : "") + args + ")";
        }
    }

    /** {@code sum(child)} of integers: a bigint. */
    record Sum(Expression child) implements TestAggregate {
        @Override
        public List<Expression> children() {
            return List.of(child);
        }

        @Override
        public Expression withNewChildren(List<Expression> children) {
            return new Sum(children.get(0));
        }

        @Override
        public DataType dataType() {
            return DataTypes.LongType;
        }

        @Override
        public boolean nullable() {
            return true;
        }

        @Override
        public String sql() {
            return SqlText.call("sum", List.of(child));
        }

        @Override
        public String toString() {
            return SqlText.callPlan("sum", List.of(child));
        }
    }

    /** {@code explode(array or map)}: {@code col}, or {@code key} and {@code value}. */
    record Explode(Expression child) implements Generator {
        @Override
        public List<Expression> children() {
            return List.of(child);
        }

        @Override
        public Expression withNewChildren(List<Expression> children) {
            return new Explode(children.get(0));
        }

        @Override
        public StructType elementSchema() {
            if (child.dataType() instanceof MapType map) {
                return new StructType().add("key", map.keyType(), false).add("value", map.valueType(), true);
            }
            return new StructType().add("col", ((ArrayType) child.dataType()).elementType(), true);
        }

        @Override
        public Generated generate(ColumnBatch input, boolean outer, EvalContext context) {
            throw new UnsupportedOperationException("test generator");
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
        public String sql() {
            return SqlText.call("explode", List.of(child));
        }

        @Override
        public String toString() {
            return SqlText.callPlan("explode", List.of(child));
        }
    }

    /** {@code row_number()}. */
    record RowNumber() implements WindowFunction {
        @Override
        public io.rivulet.sql.vector.ColumnVector evaluate(io.rivulet.sql.expr.WindowPartition partition) {
            throw new UnsupportedOperationException("analysis tests never evaluate");
        }

        @Override
        public List<Expression> children() {
            return List.of();
        }

        @Override
        public Expression withNewChildren(List<Expression> children) {
            return this;
        }

        @Override
        public DataType dataType() {
            return DataTypes.IntegerType;
        }

        @Override
        public boolean nullable() {
            return false;
        }

        @Override
        public String sql() {
            return "row_number()";
        }

        @Override
        public String toString() {
            return "row_number()";
        }
    }

    /** {@code (left AND right)}. */
    record And(Expression left, Expression right) implements Expression {
        @Override
        public List<Expression> children() {
            return List.of(left, right);
        }

        @Override
        public Expression withNewChildren(List<Expression> children) {
            return new And(children.get(0), children.get(1));
        }

        @Override
        public DataType dataType() {
            return DataTypes.BooleanType;
        }

        @Override
        public boolean nullable() {
            return left.nullable() || right.nullable();
        }

        @Override
        public String sql() {
            return "(" + left.sql() + " AND " + right.sql() + ")";
        }

        @Override
        public String toString() {
            return "(" + left + " AND " + right + ")";
        }
    }

    /** {@code max(child)}. */
    record Max(Expression child) implements TestAggregate {
        @Override
        public List<Expression> children() {
            return List.of(child);
        }

        @Override
        public Expression withNewChildren(List<Expression> children) {
            return new Max(children.get(0));
        }

        @Override
        public DataType dataType() {
            return child.dataType();
        }

        @Override
        public boolean nullable() {
            return true;
        }

        @Override
        public String sql() {
            return SqlText.call("max", List.of(child));
        }

        @Override
        public String toString() {
            return SqlText.callPlan("max", List.of(child));
        }
    }
}
