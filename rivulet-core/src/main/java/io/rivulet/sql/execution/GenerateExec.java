package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Generator;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code explode(arr)} and the other generators ({@code Generate}): the generator makes the rows of each batch
 * ({@link Generator#generate}) with, for each, the input row it came from; the child's columns are gathered by
 * those parents (one gather per column) and the generated columns appended.
 */
public record GenerateExec(
        Generator generator, boolean outer, List<AttributeReference> generatorOutput, PhysicalPlan child)
        implements PhysicalPlan {
    public GenerateExec {
        requireNonNull(generator, "generator is null");
        generatorOutput = List.copyOf(generatorOutput);
        requireNonNull(child, "child is null");
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of(child);
    }

    @Override
    public PhysicalPlan withNewChildren(List<PhysicalPlan> children) {
        return new GenerateExec(generator, outer, generatorOutput, children.get(0));
    }

    @Override
    public List<AttributeReference> output() {
        List<AttributeReference> output = new ArrayList<>(child.output());
        output.addAll(generatorOutput);
        return output;
    }

    @Override
    public Partitioning outputPartitioning() {
        return OutputProperties.partitioning(child.outputPartitioning(), child.output());
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        Generator bound = (Generator) Operators.bind(generator, child.output());
        return Operators.mapPartitions(context, this, child.execute(context), (task, partition, input) -> {
            EvalContext eval = context.evalContext(partition);
            return Batches.coalesce(ProjectExec.map(input, batch -> generate(bound, outer, batch, eval)));
        });
    }

    static ColumnBatch generate(Generator generator, boolean outer, ColumnBatch batch, EvalContext eval) {
        Generator.Generated generated = generator.generate(batch, outer, eval);
        eval.advance(batch.numRows());
        int rows = generated.rows().numRows();
        List<ColumnVector> columns =
                new ArrayList<>(batch.numColumns() + generated.rows().numColumns());
        ColumnBatch parents = batch.gather(generated.parents(), rows);
        columns.addAll(parents.columns());
        columns.addAll(generated.rows().columns());
        return new ColumnBatch(rows, columns);
    }

    @Override
    public String nodeString() {
        return "Generate " + generator + ", " + Operators.list(child.output()) + ", " + outer + ", "
                + Operators.list(generatorOutput);
    }
}
