package io.rivulet.sql.sources;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;

/**
 * A filter the optimizer offers a data source, as Spark's {@code org.apache.spark.sql.sources.Filter}: a small
 * algebra over column names and external Java values ({@code Long}, {@code String}, {@code LocalDate},
 * {@code Instant}, {@code BigDecimal}, ...), so that a source can evaluate it while reading (skip a CSV row
 * before converting it, a Parquet row group by its statistics, or send it to a database as SQL). Column names
 * are the source's top-level field names, nested fields joined by dots. SQL semantics: a comparison with a
 * null value is never true.
 */
public sealed interface Filter
        permits Filter.And,
                Filter.Or,
                Filter.Not,
                Filter.EqualTo,
                Filter.EqualNullSafe,
                Filter.GreaterThan,
                Filter.GreaterThanOrEqual,
                Filter.LessThan,
                Filter.LessThanOrEqual,
                Filter.In,
                Filter.IsNull,
                Filter.IsNotNull,
                Filter.StringStartsWith,
                Filter.StringEndsWith,
                Filter.StringContains,
                Filter.AlwaysTrue,
                Filter.AlwaysFalse {
    /** The columns the filter reads. */
    Set<String> references();

    record And(Filter left, Filter right) implements Filter {
        public And {
            requireNonNull(left, "left is null");
            requireNonNull(right, "right is null");
        }

        @Override
        public Set<String> references() {
            return union(left.references(), right.references());
        }
    }

    record Or(Filter left, Filter right) implements Filter {
        public Or {
            requireNonNull(left, "left is null");
            requireNonNull(right, "right is null");
        }

        @Override
        public Set<String> references() {
            return union(left.references(), right.references());
        }
    }

    record Not(Filter child) implements Filter {
        public Not {
            requireNonNull(child, "child is null");
        }

        @Override
        public Set<String> references() {
            return child.references();
        }
    }

    record EqualTo(String attribute, Object value) implements Filter {
        @Override
        public Set<String> references() {
            return Set.of(attribute);
        }
    }

    /** {@code <=>}: equal, or both null. */
    record EqualNullSafe(String attribute, Object value) implements Filter {
        @Override
        public Set<String> references() {
            return Set.of(attribute);
        }
    }

    record GreaterThan(String attribute, Object value) implements Filter {
        @Override
        public Set<String> references() {
            return Set.of(attribute);
        }
    }

    record GreaterThanOrEqual(String attribute, Object value) implements Filter {
        @Override
        public Set<String> references() {
            return Set.of(attribute);
        }
    }

    record LessThan(String attribute, Object value) implements Filter {
        @Override
        public Set<String> references() {
            return Set.of(attribute);
        }
    }

    record LessThanOrEqual(String attribute, Object value) implements Filter {
        @Override
        public Set<String> references() {
            return Set.of(attribute);
        }
    }

    record In(String attribute, List<Object> values) implements Filter {
        public In {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values)); // may hold nulls
        }

        @Override
        public Set<String> references() {
            return Set.of(attribute);
        }
    }

    record IsNull(String attribute) implements Filter {
        @Override
        public Set<String> references() {
            return Set.of(attribute);
        }
    }

    record IsNotNull(String attribute) implements Filter {
        @Override
        public Set<String> references() {
            return Set.of(attribute);
        }
    }

    record StringStartsWith(String attribute, String value) implements Filter {
        @Override
        public Set<String> references() {
            return Set.of(attribute);
        }
    }

    record StringEndsWith(String attribute, String value) implements Filter {
        @Override
        public Set<String> references() {
            return Set.of(attribute);
        }
    }

    record StringContains(String attribute, String value) implements Filter {
        @Override
        public Set<String> references() {
            return Set.of(attribute);
        }
    }

    record AlwaysTrue() implements Filter {
        @Override
        public Set<String> references() {
            return Set.of();
        }
    }

    record AlwaysFalse() implements Filter {
        @Override
        public Set<String> references() {
            return Set.of();
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return java.util.Collections.unmodifiableSet(all);
    }
}
