package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.ExprId;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.LocalRelation;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.ScanRelation;
import io.rivulet.sql.session.SqlConf;
import io.rivulet.sql.sources.Scan;
import io.rivulet.sql.sources.ScanRequest;
import io.rivulet.sql.sources.Table;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolved plans built by hand, as the analyzer would make them: columns with fixed ids (so that printed plans
 * are stable), scans of fake tables, local relations of null rows.
 */
final class Fixtures {
    static final SqlConf CONF = new SqlConf(4, 10L << 20, ZoneOffset.UTC, true, 32L << 20, 4);
    static final RuleContext CONTEXT = RuleContext.of(CONF);

    private Fixtures() {}

    static AttributeReference column(String name, DataType type, long id) {
        return new AttributeReference(name, type, true, new ExprId(id), List.of());
    }

    static AttributeReference longColumn(String name, long id) {
        return column(name, DataTypes.LongType, id);
    }

    static AttributeReference stringColumn(String name, long id) {
        return column(name, DataTypes.StringType, id);
    }

    static Alias alias(Expression child, String name, long id) {
        return new Alias(child, name, new ExprId(id));
    }

    static Literal lit(Object value) {
        return Literal.of(value);
    }

    static Project project(LogicalPlan child, NamedExpression... list) {
        return new Project(List.of(list), child);
    }

    /** A scan of every column of a table named {@code name} of about {@code bytes} bytes. */
    static ScanRelation scan(String name, long bytes, AttributeReference... columns) {
        return new ScanRelation(new FakeTable(name, bytes, List.of(columns)), List.of(columns), List.of());
    }

    /** {@code rows} rows of nulls. */
    static LocalRelation local(int rows, AttributeReference... columns) {
        if (rows == 0) {
            return new LocalRelation(List.of(columns), List.of());
        }
        List<ColumnVector> vectors = new ArrayList<>();
        for (AttributeReference column : columns) {
            VectorBuilder builder = VectorBuilder.forType(column.dataType(), rows);
            for (int i = 0; i < rows; i++) {
                builder.appendNull();
            }
            vectors.add(builder.build());
        }
        return new LocalRelation(List.of(columns), List.of(new ColumnBatch(rows, vectors)));
    }

    /** A table that only has a schema and a size: the optimizer never reads it. */
    static final class FakeTable implements Table {
        private final String name;
        private final long bytes;
        private final StructType schema;

        FakeTable(String name, long bytes, List<AttributeReference> columns) {
            this.name = name;
            this.bytes = bytes;
            List<StructField> fields = new ArrayList<>();
            for (AttributeReference column : columns) {
                fields.add(new StructField(column.name(), column.dataType(), column.nullable()));
            }
            this.schema = new StructType(fields);
        }

        @Override
        public String description() {
            return name;
        }

        @Override
        public StructType schema() {
            return schema;
        }

        @Override
        public long estimatedSizeInBytes() {
            return bytes;
        }

        @Override
        public Scan scan(ScanRequest request) {
            throw new UnsupportedOperationException("a fake table is never scanned");
        }
    }
}
