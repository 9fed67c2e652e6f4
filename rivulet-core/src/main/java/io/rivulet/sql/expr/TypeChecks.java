package io.rivulet.sql.expr;

import io.rivulet.sql.AnalysisException;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.Types;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The messages of {@link Expression#checkInputTypes()}: Spark's {@code DATATYPE_MISMATCH} errors, each starting with
 * its error class: {@code [DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES] Cannot resolve "(a + b)" due to data type
 * mismatch: the left and right operands of the binary operator have incompatible types ("INT" and "STRING").} The
 * analyzer turns one into an {@link AnalysisException} with {@link #toAnalysisException}.
 */
public final class TypeChecks {
    private TypeChecks() {}

    /** The exception of a type-check message: its error class and the rest of its text. */
    public static AnalysisException toAnalysisException(String message) {
        if (message.startsWith("[")) {
            int end = message.indexOf("] ");
            if (end > 0) {
                return new AnalysisException(message.substring(1, end), message.substring(end + 2));
            }
        }
        return new AnalysisException("DATATYPE_MISMATCH", message);
    }

    /** {@code [DATATYPE_MISMATCH.<subclass>] Cannot resolve "<sql>" due to data type mismatch: <detail>} */
    public static Optional<String> mismatch(Expression node, String subclass, String detail) {
        return Optional.of("[DATATYPE_MISMATCH." + subclass + "] Cannot resolve " + Errors.expr(node)
                + " due to data type mismatch: " + detail);
    }

    /** Spark's {@code ordinalNumber}: first, second, third, 4th, ... */
    static String ordinal(int index) {
        return switch (index) {
            case 0 -> "first";
            case 1 -> "second";
            case 2 -> "third";
            default -> (index + 1) + "th";
        };
    }

    static Optional<String> sameType(Expression node, Expression left, Expression right) {
        if (Types.sameIgnoringNullability(left.dataType(), right.dataType())) {
            return Optional.empty();
        }
        return mismatch(
                node,
                "BINARY_OP_DIFF_TYPES",
                "the left and right operands of the binary operator have incompatible types ("
                        + Errors.type(left.dataType()) + " and " + Errors.type(right.dataType()) + ").");
    }

    static Optional<String> binaryOpWrongType(Expression node, String required, DataType actual) {
        return mismatch(
                node,
                "BINARY_OP_WRONG_TYPE",
                "the binary operator requires the input type " + required + ", not " + Errors.type(actual) + ".");
    }

    static Optional<String> unexpectedInput(Expression node, int index, String required, Expression input) {
        return mismatch(
                node,
                "UNEXPECTED_INPUT_TYPE",
                "The " + ordinal(index) + " parameter requires the " + required + " type, however " + Errors.expr(input)
                        + " has the type " + Errors.type(input.dataType()) + ".");
    }

    static Optional<String> inputTypes(Expression node, List<ExpectedType> expected) {
        List<Expression> children = node.children();
        for (int i = 0; i < Math.min(children.size(), expected.size()); i++) {
            if (!expected.get(i).accepts(children.get(i).dataType())) {
                return unexpectedInput(node, i, expected.get(i).sql(), children.get(i));
            }
        }
        return Optional.empty();
    }

    /** {@code Input to `coalesce` should all be the same type, but it's ("INT" or "STRING").} */
    static Optional<String> allSameType(Expression node, String function, List<Expression> inputs) {
        if (inputs.isEmpty()) {
            return Optional.empty();
        }
        DataType first = inputs.get(0).dataType();
        for (Expression input : inputs) {
            if (!Types.sameIgnoringNullability(first, input.dataType())) {
                String types = inputs.stream()
                        .map(e -> Errors.type(e.dataType()))
                        .collect(Collectors.joining(" or ", "(", ")"));
                return mismatch(
                        node,
                        "DATA_DIFF_TYPES",
                        "Input to `" + function + "` should all be the same type, but it's " + types + ".");
            }
        }
        return Optional.empty();
    }

    static Optional<String> orderable(Expression node, String function, DataType type) {
        if (Types.isOrderable(type)) {
            return Optional.empty();
        }
        return mismatch(
                node,
                "INVALID_ORDERING_TYPE",
                "The `" + function + "` does not support ordering on type " + Errors.type(type) + ".");
    }

    static Optional<String> foldable(Expression node, String inputName, String inputType, Expression input) {
        if (input.foldable()) {
            return Optional.empty();
        }
        return mismatch(
                node,
                "NON_FOLDABLE_INPUT",
                "the input " + inputName + " should be a foldable " + inputType + " expression; however, got "
                        + Errors.expr(input) + ".");
    }

    /** The first failure among the checks, in order. */
    @SafeVarargs
    static Optional<String> first(Optional<String>... checks) {
        for (Optional<String> check : checks) {
            if (check.isPresent()) {
                return check;
            }
        }
        return Optional.empty();
    }
}
