package io.rivulet.sql.parser;

import io.rivulet.sql.parser.RivuletSqlParser.ComplexColTypeContext;
import io.rivulet.sql.parser.RivuletSqlParser.ComplexDataTypeContext;
import io.rivulet.sql.parser.RivuletSqlParser.PrimitiveDataTypeContext;
import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The bottom of the AST builders (as Spark's {@code DataTypeAstBuilder}): identifiers, data types and table
 * schemas. {@code CHAR(n)} and {@code VARCHAR(n)} are strings (Rivulet has no length-checked string types yet),
 * as Spark makes them in casts.
 */
class DataTypeBuilder extends RivuletSqlBaseVisitor<Object> {
    // ---- identifiers --------------------------------------------------------------------------------

    /** An identifier's name: backticks removed ({@code `a``b`} is {@code a`b}), keywords as written. */
    static String identifier(RivuletSqlParser.IdentifierContext ctx) {
        RivuletSqlParser.StrictIdentifierContext strict = ctx.strictIdentifier();
        if (strict == null) {
            return ctx.getText();
        }
        return strictIdentifier(strict);
    }

    static String strictIdentifier(RivuletSqlParser.StrictIdentifierContext ctx) {
        if (ctx instanceof RivuletSqlParser.QuotedIdentifierAlternativeContext quoted) {
            String text = quoted.quotedIdentifier().getText();
            return text.substring(1, text.length() - 1).replace("``", "`");
        }
        String text = ctx.getText();
        RivuletSqlParser.UnquotedIdentifierContext unquoted = (RivuletSqlParser.UnquotedIdentifierContext) ctx;
        if (unquoted.IDENTIFIER() != null && !isAsciiIdentifier(text)) {
            throw ParseErrors.invalidIdentifier(ctx, text);
        }
        return text;
    }

    private static boolean isAsciiIdentifier(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** A name that must not contain unquoted minus signs: {@code my-table} fails with INVALID_IDENTIFIER. */
    static String identifier(RivuletSqlParser.ErrorCapturingIdentifierContext ctx) {
        if (ctx.errorCapturingIdentifierExtra() instanceof RivuletSqlParser.ErrorIdentContext error) {
            throw ParseErrors.invalidIdentifier(error, ctx.getText());
        }
        return identifier(ctx.identifier());
    }

    static List<String> nameParts(RivuletSqlParser.QualifiedNameContext ctx) {
        return ctx.identifier().stream().map(DataTypeBuilder::identifier).toList();
    }

    static List<String> nameParts(RivuletSqlParser.MultipartIdentifierContext ctx) {
        return ctx.parts.stream().map(DataTypeBuilder::identifier).toList();
    }

    static List<String> identifiers(RivuletSqlParser.IdentifierListContext ctx) {
        return ctx.identifierSeq().ident.stream()
                .map(DataTypeBuilder::identifier)
                .toList();
    }

    // ---- data types ---------------------------------------------------------------------------------

    DataType dataType(RivuletSqlParser.DataTypeContext ctx) {
        return (DataType) visit(ctx);
    }

    @Override
    public DataType visitSingleDataType(RivuletSqlParser.SingleDataTypeContext ctx) {
        return dataType(ctx.dataType());
    }

    @Override
    public StructType visitSingleTableSchema(RivuletSqlParser.SingleTableSchemaContext ctx) {
        List<StructField> fields = new ArrayList<>();
        for (RivuletSqlParser.ColTypeContext column : ctx.colTypeList().colType()) {
            fields.add(field(
                    identifier(column.colName),
                    dataType(column.dataType()),
                    column.errorCapturingNot() == null,
                    column.commentSpec()));
        }
        return new StructType(fields);
    }

    private StructField field(
            String name, DataType type, boolean nullable, RivuletSqlParser.CommentSpecContext comment) {
        StructField field = new StructField(name, type, nullable);
        return comment == null ? field : field.withComment(StringLiterals.string(comment.stringLit()));
    }

    @Override
    public DataType visitComplexDataType(ComplexDataTypeContext ctx) {
        switch (ctx.complex.getType()) {
            case RivuletSqlLexer.ARRAY:
                return new ArrayType(dataType(ctx.dataType(0)), true);
            case RivuletSqlLexer.MAP:
                return new MapType(dataType(ctx.dataType(0)), dataType(ctx.dataType(1)), true);
            default:
                List<StructField> fields = new ArrayList<>();
                if (ctx.complexColTypeList() != null) {
                    for (ComplexColTypeContext column : ctx.complexColTypeList().complexColType()) {
                        fields.add(field(
                                identifier(column.errorCapturingIdentifier()),
                                dataType(column.dataType()),
                                column.errorCapturingNot() == null,
                                column.commentSpec()));
                    }
                }
                return new StructType(fields);
        }
    }

    @Override
    public DataType visitPrimitiveDataType(PrimitiveDataTypeContext ctx) {
        String name = ctx.type().getText().toLowerCase(Locale.ROOT);
        List<Integer> parameters = new ArrayList<>();
        for (TerminalNode value : ctx.INTEGER_VALUE()) {
            parameters.add(typeParameter(ctx, value.getSymbol()));
        }
        DataType type = parameters.isEmpty() ? plainType(ctx, name) : parameterizedType(ctx, name, parameters);
        if (type == null) {
            throw ParseErrors.at(
                    ctx, "UNSUPPORTED_DATATYPE", "Unsupported data type " + unsupportedName(ctx) + ".", "0A000");
        }
        return type;
    }

    private static String unsupportedName(PrimitiveDataTypeContext ctx) {
        String parameters = ctx.INTEGER_VALUE().isEmpty()
                ? ""
                : ctx.INTEGER_VALUE().stream()
                        .map(TerminalNode::getText)
                        .collect(java.util.stream.Collectors.joining(",", "(", ")"));
        return ParseErrors.sqlType(ctx.type().getText() + parameters);
    }

    private static int typeParameter(ParserRuleContext ctx, Token value) {
        try {
            return Integer.parseInt(value.getText());
        } catch (NumberFormatException e) {
            throw ParseErrors.at(
                    ctx,
                    "UNSUPPORTED_DATATYPE",
                    "Unsupported data type " + ParseErrors.sqlType(ctx.getText()) + ".",
                    "0A000");
        }
    }

    /** The type without parameters; null if the name takes them or is no type. */
    private static DataType plainType(PrimitiveDataTypeContext ctx, String name) {
        switch (name) {
            case "boolean":
                return DataTypes.BooleanType;
            case "tinyint":
            case "byte":
                return DataTypes.ByteType;
            case "smallint":
            case "short":
                return DataTypes.ShortType;
            case "int":
            case "integer":
                return DataTypes.IntegerType;
            case "bigint":
            case "long":
                return DataTypes.LongType;
            case "float":
            case "real":
                return DataTypes.FloatType;
            case "double":
                return DataTypes.DoubleType;
            case "date":
                return DataTypes.DateType;
            case "timestamp":
            case "timestamp_ltz":
                return DataTypes.TimestampType;
            case "timestamp_ntz":
                return DataTypes.TimestampNTZType;
            case "string":
                return DataTypes.StringType;
            case "binary":
                return DataTypes.BinaryType;
            case "decimal":
            case "dec":
            case "numeric":
                return DecimalType.USER_DEFAULT;
            case "void":
                return DataTypes.NullType;
            default:
                return missingParameters(ctx, name);
        }
    }

    private static DataType missingParameters(PrimitiveDataTypeContext ctx, String name) {
        switch (name) {
            case "char":
            case "character":
            case "varchar":
                String type = ParseErrors.sqlType(ctx.type().getText());
                throw ParseErrors.at(
                        ctx,
                        "DATATYPE_MISSING_SIZE",
                        "DataType " + type + " requires a length parameter, for example " + type
                                + "(10). Please specify the length.",
                        "42K01");
            case "array":
                throw incomplete(ctx, "ARRAY", "You must provide an element type. For example: \"ARRAY<INT>\".");
            case "map":
                throw incomplete(
                        ctx,
                        "MAP",
                        "You must provide a key type and a value type. For example: " + "\"MAP<TIMESTAMP, INT>\".");
            case "struct":
                throw incomplete(
                        ctx,
                        "STRUCT",
                        "You must provide at least one field type. For example: "
                                + "\"STRUCT<name STRING, phone DECIMAL(10, 0)>\".");
            default:
                return null;
        }
    }

    private static io.rivulet.sql.ParseException incomplete(ParserRuleContext ctx, String type, String example) {
        return ParseErrors.at(
                ctx,
                "INCOMPLETE_TYPE_DEFINITION." + type,
                "Incomplete complex type: The definition" + " of \"" + type + "\" type is incomplete. " + example,
                "42K01");
    }

    /** {@code DECIMAL(p, s)}, {@code VARCHAR(n)}, ...; null if the name takes no such parameters. */
    private static DataType parameterizedType(PrimitiveDataTypeContext ctx, String name, List<Integer> parameters) {
        switch (name) {
            case "char":
            case "character":
            case "varchar":
                return parameters.size() == 1 ? DataTypes.StringType : null;
            case "decimal":
            case "dec":
            case "numeric":
                if (parameters.size() > 2) {
                    return null;
                }
                int precision = parameters.get(0);
                int scale = parameters.size() == 2 ? parameters.get(1) : 0;
                return decimal(ctx, precision, scale);
            default:
                return null;
        }
    }

    private static DecimalType decimal(ParserRuleContext ctx, int precision, int scale) {
        if (precision > DecimalType.MAX_PRECISION) {
            throw ParseErrors.at(
                    ctx,
                    "DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION",
                    "Decimal precision " + precision + " exceeds max precision " + DecimalType.MAX_PRECISION + ".",
                    "22003");
        }
        if (scale > precision) {
            throw ParseErrors.at(
                    ctx,
                    "_LEGACY_ERROR_TEMP_1228",
                    "Decimal scale (" + scale + ") cannot be greater than precision (" + precision + ").",
                    null);
        }
        if (precision < 1) {
            throw ParseErrors.at(
                    ctx,
                    "UNSUPPORTED_DATATYPE",
                    "Unsupported data type " + ParseErrors.sqlType(ctx.getText()) + ".",
                    "0A000");
        }
        return new DecimalType(precision, scale);
    }
}
