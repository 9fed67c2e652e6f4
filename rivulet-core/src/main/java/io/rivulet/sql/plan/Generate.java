package io.rivulet.sql.plan;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A generator over each row of the child ({@code explode(arr)}, {@code posexplode}, SQL's {@code LATERAL VIEW}):
 * the child's columns followed by the generator's, one output row per generated element. {@code outer} keeps a
 * row whose generator gives nothing (null or empty), with nulls, as {@code explode_outer} does.
 * {@code generatorOutput} is empty until the analyzer makes the columns from {@code outputNames} (empty: the
 * generator's default names, {@code col}, {@code pos}, {@code key}, {@code value}). {@code qualifier} is the table
 * alias of {@code LATERAL VIEW explode(a) t AS c}: the generated columns can be named {@code t.c}.
 */
public record Generate(
        Expression generator,
        boolean outer,
        Optional<String> qualifier,
        List<String> outputNames,
        List<AttributeReference> generatorOutput,
        LogicalPlan child)
        implements UnaryNode {
    public Generate {
        requireNonNull(generator, "generator is null");
        requireNonNull(qualifier, "qualifier is null");
        outputNames = List.copyOf(outputNames);
        generatorOutput = List.copyOf(generatorOutput);
        requireNonNull(child, "child is null");
    }

    /** A generator without a table alias. */
    public Generate(
            Expression generator,
            boolean outer,
            List<String> outputNames,
            List<AttributeReference> generatorOutput,
            LogicalPlan child) {
        this(generator, outer, Optional.empty(), outputNames, generatorOutput, child);
    }

    @Override
    public LogicalPlan withChild(LogicalPlan newChild) {
        return new Generate(generator, outer, qualifier, outputNames, generatorOutput, newChild);
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
        return new Generate(expressions.get(0), outer, qualifier, outputNames, generatorOutput, child);
    }

    @Override
    public boolean resolved() {
        // resolved once each column the generator makes has its attribute (replicate_rows makes none)
        return UnaryNode.super.resolved()
                && generator instanceof io.rivulet.sql.expr.Generator g
                && generatorOutput.size() == g.elementSchema().fields().length;
    }

    @Override
    public String nodeString() {
        // Before analysis, the names asked for: 'Generate 'explode('a), true, t, ['c] (as Spark prints it).
        String columns = generatorOutput.isEmpty() && !outputNames.isEmpty()
                ? Plans.list(outputNames.stream().map(n -> "'" + n).toList())
                : Plans.list(generatorOutput);
        return (resolved() ? "" : "'") + "Generate " + generator + ", " + outer
                + qualifier.map(q -> ", " + q).orElse("") + ", " + columns;
    }
}
