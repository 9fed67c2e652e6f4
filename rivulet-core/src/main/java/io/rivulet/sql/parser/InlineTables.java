package io.rivulet.sql.parser;

import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.plan.LocalRelation;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.RowBatches;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * {@code VALUES (1, 'a'), (2, 'b')} as a {@link LocalRelation}: columns {@code col1}, {@code col2}, ... unless
 * named, each of the widest type of its values (ints and bigints make a bigint, an int and a decimal a decimal
 * wide enough for both, anything and a double a double; nulls take the others' type), nullable if a value is
 * null. Only literals for now: Spark evaluates any constant expression there.
 */
final class InlineTables {
    private InlineTables() {}

    static LocalRelation of(ParserRuleContext ctx, List<List<Expression>> rows, List<String> names) {
        int width = rows.get(0).size();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != width) {
                throw ParseErrors.at(
                        ctx,
                        "INVALID_INLINE_TABLE.NUM_COLUMNS_MISMATCH",
                        "Invalid inline table. Inline"
                                + " table expected " + width + " columns but found "
                                + rows.get(i).size()
                                + " columns in row " + i + ".",
                        "42000");
            }
        }
        List<String> columns = new ArrayList<>(names);
        if (columns.isEmpty()) {
            for (int i = 1; i <= width; i++) {
                columns.add("col" + i);
            }
        } else if (columns.size() != width) {
            throw ParseErrors.at(
                    ctx,
                    "INVALID_INLINE_TABLE.NUM_COLUMNS_MISMATCH",
                    "Invalid inline table. Inline" + " table expected " + columns.size() + " columns but found " + width
                            + " columns in row 0.",
                    "42000");
        }
        List<StructField> fields = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            fields.add(column(ctx, rows, c, columns.get(c)));
        }
        StructType schema = new StructType(fields);
        List<Row> values = new ArrayList<>();
        for (List<Expression> row : rows) {
            Object[] cells = new Object[width];
            for (int c = 0; c < width; c++) {
                cells[c] = convert(
                        ((Literal) row.get(c)).externalValue(), fields.get(c).dataType());
            }
            values.add(RowFactory.create(cells));
        }
        List<AttributeReference> output = new ArrayList<>();
        for (StructField field : fields) {
            output.add(AttributeReference.of(field.name(), field.dataType(), field.nullable()));
        }
        return new LocalRelation(output, List.of(RowBatches.toBatch(values, schema)));
    }

    private static StructField column(ParserRuleContext ctx, List<List<Expression>> rows, int c, String name) {
        DataType type = DataTypes.NullType;
        boolean nullable = false;
        for (List<Expression> row : rows) {
            if (!(row.get(c) instanceof Literal literal)) {
                throw ParseErrors.unsupported(
                        ctx,
                        "VALUES of expressions that are not literals ("
                                + row.get(c).sql() + ")");
            }
            nullable |= literal.isNull();
            DataType wider = wider(type, literal.dataType());
            if (wider == null) {
                throw ParseErrors.at(
                        ctx,
                        "INVALID_INLINE_TABLE.INCOMPATIBLE_TYPES_IN_INLINE_TABLE",
                        "Invalid inline" + " table. Found incompatible types in the column `" + name
                                + "` for inline table.",
                        "42000");
            }
            type = wider;
        }
        return new StructField(name, type, nullable);
    }

    /** The type both values fit, or null. */
    static DataType wider(DataType a, DataType b) {
        if (a.equals(b) || b.equals(DataTypes.NullType)) {
            return a;
        }
        if (a.equals(DataTypes.NullType)) {
            return b;
        }
        int ra = integralRank(a);
        int rb = integralRank(b);
        if (ra >= 0 && rb >= 0) {
            return ra > rb ? a : b;
        }
        if (isFloating(a) || isFloating(b)) {
            boolean numeric = (ra >= 0 || a instanceof DecimalType || isFloating(a))
                    && (rb >= 0 || b instanceof DecimalType || isFloating(b));
            if (!numeric) {
                return null;
            }
            boolean bothFloatOrIntegral =
                    (a.equals(DataTypes.FloatType) || ra >= 0) && (b.equals(DataTypes.FloatType) || rb >= 0);
            return bothFloatOrIntegral ? DataTypes.FloatType : DataTypes.DoubleType;
        }
        DecimalType da = asDecimal(a);
        DecimalType db = asDecimal(b);
        if (da == null || db == null) {
            return null;
        }
        int scale = Math.max(da.scale(), db.scale());
        int digits = Math.max(da.precision() - da.scale(), db.precision() - db.scale());
        return new DecimalType(Math.min(DecimalType.MAX_PRECISION, digits + scale), scale);
    }

    private static int integralRank(DataType type) {
        List<DataType> order =
                List.of(DataTypes.ByteType, DataTypes.ShortType, DataTypes.IntegerType, DataTypes.LongType);
        return order.indexOf(type);
    }

    private static boolean isFloating(DataType type) {
        return type.equals(DataTypes.FloatType) || type.equals(DataTypes.DoubleType);
    }

    private static DecimalType asDecimal(DataType type) {
        if (type instanceof DecimalType decimal) {
            return decimal;
        }
        int[] digits = {3, 5, 10, 20};
        int rank = integralRank(type);
        return rank < 0 ? null : new DecimalType(digits[rank], 0);
    }

    private static Object convert(Object value, DataType type) {
        if (!(value instanceof Number number) || value instanceof BigDecimal && type instanceof DecimalType) {
            return value;
        }
        if (type.equals(DataTypes.ShortType)) {
            return number.shortValue();
        } else if (type.equals(DataTypes.IntegerType)) {
            return number.intValue();
        } else if (type.equals(DataTypes.LongType)) {
            return number.longValue();
        } else if (type.equals(DataTypes.FloatType)) {
            return number.floatValue();
        } else if (type.equals(DataTypes.DoubleType)) {
            return number.doubleValue();
        } else if (type instanceof DecimalType) {
            return new BigDecimal(number.toString());
        }
        return value;
    }
}
