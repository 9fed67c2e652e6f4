package io.rivulet.sql.plan;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import java.util.List;

/**
 * The child's rows in {@code numPartitions} partitions: by hash of {@code partitionExpressions}
 * ({@code repartition(n, cols)}, SQL's {@code DISTRIBUTE BY}), round robin when there are none
 * ({@code repartition(n)}), or merged without a shuffle when not {@code shuffle} ({@code coalesce(n)}).
 * {@code numPartitions} 0 means {@code rivulet.sql.shuffle.partitions}.
 */
public record Repartition(List<Expression> partitionExpressions, int numPartitions, boolean shuffle, LogicalPlan child)
        implements UnaryNode {
    public Repartition {
        partitionExpressions = List.copyOf(partitionExpressions);
        if (numPartitions < 0) {
            throw new IllegalArgumentException("Number of partitions (" + numPartitions + ") must be positive.");
        }
        if (!shuffle && !partitionExpressions.isEmpty()) {
            throw new IllegalArgumentException("coalesce does not partition by expressions");
        }
        requireNonNull(child, "child is null");
    }

    @Override
    public LogicalPlan withChild(LogicalPlan newChild) {
        return new Repartition(partitionExpressions, numPartitions, shuffle, newChild);
    }

    @Override
    public List<AttributeReference> output() {
        return child.output();
    }

    @Override
    public List<Expression> expressions() {
        return partitionExpressions;
    }

    @Override
    public LogicalPlan withNewExpressions(List<Expression> expressions) {
        return new Repartition(expressions, numPartitions, shuffle, child);
    }

    @Override
    public Statistics statistics() {
        return child.statistics();
    }

    @Override
    public String nodeString() {
        if (partitionExpressions.isEmpty()) {
            return "Repartition " + numPartitions + ", " + shuffle;
        }
        return (resolved() ? "" : "'") + "RepartitionByExpression " + Plans.list(partitionExpressions) + ", "
                + numPartitions;
    }
}
