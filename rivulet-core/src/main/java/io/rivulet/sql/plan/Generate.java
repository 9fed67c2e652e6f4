package io.rivulet.sql.plan;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import java.util.ArrayList;
import java.util.List;

/**
 * A generator over each row of the child ({@code explode(arr)}, {@code posexplode}, SQL's {@code LATERAL VIEW}):
 * the child's columns followed by the generator's, one output row per generated element. {@code outer} keeps a
 * row whose generator gives nothing (null or empty), with nulls, as {@code explode_outer} does.
 * {@code generatorOutput} is empty until the analyzer makes the columns from {@code outputNames} (empty: the
 * generator's default names, {@code col}, {@code pos}, {@code key}, {@code value}).
 */
public record Generate(
        Expression generator,
        boolean outer,
        List<String> outputNames,
        List<AttributeReference> generatorOutput,
        LogicalPlan child)
        implements UnaryNode {
    public Generate {
        requireNonNull(generator, "generator is null");
        outputNames = List.copyOf(outputNames);
        generatorOutput = List.copyOf(generatorOutput);
        requireNonNull(child, "child is null");
    }

    @Override
    public LogicalPlan withChild(LogicalPlan newChild) {
        return new Generate(generator, outer, outputNames, generatorOutput, newChild);
    }

    @Override
    public List<AttributeReference> output() {
        List<AttributeReference> output = new ArrayList<>(child.output());
        output.addAll(generatorOutput);
        return output;
    }

    @Override
    public List<Expression> expressions() {
        return List.of(generator);
    }

    @Override
    public LogicalPlan withNewExpressions(List<Expression> expressions) {
        return new Generate(expressions.get(0), outer, outputNames, generatorOutput, child);
    }

    @Override
    public boolean resolved() {
        return !generatorOutput.isEmpty() && UnaryNode.super.resolved();
    }

    @Override
    public String nodeString() {
        return (resolved() ? "" : "'") + "Generate " + generator + ", " + outer + ", " + Plans.list(generatorOutput);
    }
}
