package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/** {@code PARTITION BY partitionSpec ORDER BY orderSpec frame}; {@code frame} empty means Spark's default for the function. */
public record WindowSpecDefinition(
        List<Expression> partitionSpec, List<SortOrder> orderSpec, java.util.Optional<WindowFrame> frame) {
    public WindowSpecDefinition {
        partitionSpec = List.copyOf(partitionSpec);
        orderSpec = List.copyOf(orderSpec);
        requireNonNull(frame, "frame is null");
    }

    @Override
    public String toString() {
        java.util.List<Object> parts = new java.util.ArrayList<>(partitionSpec);
        parts.addAll(orderSpec);
        frame.ifPresent(parts::add);
        return parts.stream().map(Object::toString).collect(Collectors.joining(", ", "windowspecdefinition(", ")"));
    }
}
