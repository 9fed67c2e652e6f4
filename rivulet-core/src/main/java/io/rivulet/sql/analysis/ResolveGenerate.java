package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Generator;
import io.rivulet.sql.plan.Generate;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.types.StructField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The columns of a {@code Generate} made by the API or the parser (SQL's {@code LATERAL VIEW}), as Spark's
 * {@code ResolveGenerate}: one per field of the generator's {@code elementSchema()}, named by {@code outputNames}
 * (as many as the fields) or by the fields' names ({@code col}; {@code pos, col}; {@code key, value}); nullable when
 * the generate is outer. Waits for the generator to be resolved.
 */
final class ResolveGenerate implements AnalyzerRule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan node, AnalysisContext context) {
        if (!(node instanceof Generate generate)
                || !generate.generatorOutput().isEmpty()
                || !Plans.resolved(generate.child())
                || !generate.generator().resolved()) {
            return Optional.empty();
        }
        if (!(generate.generator() instanceof Generator generator)) {
            throw AnalysisErrors.error(
                    "UNSUPPORTED_GENERATOR.NOT_GENERATOR",
                    "The generator is not supported: "
                            + AnalysisErrors.toSqlId(generate.generator().sql())
                            + " is expected to be a generator. However, its class is "
                            + generate.generator().getClass().getCanonicalName() + ", which is not a generator.");
        }
        return Optional.of(new Generate(
                generator,
                generate.outer(),
                generate.outputNames(),
                output(generator, generate.outputNames(), generate.outer()),
                generate.child()));
    }

    /** The generator's columns, fresh, named by {@code names} or by the element schema. */
    static List<AttributeReference> output(Generator generator, List<String> names, boolean outer) {
        StructField[] fields = generator.elementSchema().fields();
        if (!names.isEmpty() && names.size() != fields.length) {
            throw AnalysisErrors.generatorAliasCount(fields.length, names);
        }
        List<AttributeReference> output = new ArrayList<>(fields.length);
        for (int i = 0; i < fields.length; i++) {
            String name = names.isEmpty() ? fields[i].name() : names.get(i);
            output.add(AttributeReference.of(name, fields[i].dataType(), outer || fields[i].nullable()));
        }
        return output;
    }
}
