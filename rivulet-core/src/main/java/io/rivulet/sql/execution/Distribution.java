package io.rivulet.sql.execution;

import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.SortOrder;
import java.util.List;

/**
 * What an operator needs of the way its child's rows are spread over partitions (Spark's {@code Distribution}):
 * checked against the child's {@link Partitioning} by {@link Partitioning#satisfies}, and made by an exchange
 * when it is not ({@link EnsureRequirements}).
 */
public sealed interface Distribution {
    /** Anything goes. */
    Distribution UNSPECIFIED = new Unspecified();

    /** Every row in one partition (a global limit, an aggregation without keys, a final top-N). */
    Distribution ALL_TUPLES = new AllTuples();

    record Unspecified() implements Distribution {}

    record AllTuples() implements Distribution {}

    /**
     * Rows with equal values of {@code clustering} in the same partition (an aggregation's final phase, a window
     * partition): satisfied by hash partitioning on any non-empty subset of them, or by one partition.
     */
    record Clustered(List<Expression> clustering) implements Distribution {
        public Clustered {
            clustering = List.copyOf(clustering);
        }
    }

    /**
     * Hash partitioning on exactly {@code expressions}, in this order: what both sides of a shuffled join need, so
     * that equal keys of the two sides meet in the same partition. {@link EnsureRequirements} gives every child
     * of one operator with such requirements the same number of partitions.
     */
    record HashClustered(List<Expression> expressions) implements Distribution {
        public HashClustered {
            expressions = List.copyOf(expressions);
        }
    }

    /** Rows in ranges of {@code ordering} across partitions (a global sort). */
    record Ordered(List<SortOrder> ordering) implements Distribution {
        public Ordered {
            ordering = List.copyOf(ordering);
        }
    }
}
