package io.rivulet.sql.datasource.text;

import io.rivulet.sql.datasource.file.FileTable;
import io.rivulet.sql.datasource.file.FileWriteJob;
import io.rivulet.sql.sources.SourceRequest;
import io.rivulet.sql.sources.Table;
import io.rivulet.sql.sources.TableProvider;
import io.rivulet.sql.sources.WriteJob;
import io.rivulet.sql.types.StructType;
import java.util.Optional;

/** The {@code text} source: lines of text files as one string column {@code value}. */
public final class TextProvider implements TableProvider {
    @Override
    public String shortName() {
        return "text";
    }

    @Override
    public Table table(SourceRequest request) {
        return FileTable.create(new TextFormat(), request);
    }

    @Override
    public Optional<WriteJob> writeJob(SourceRequest request, StructType schema) {
        return Optional.of(FileWriteJob.create(new TextFormat(), request, schema));
    }
}
