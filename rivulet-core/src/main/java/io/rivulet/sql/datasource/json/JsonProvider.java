package io.rivulet.sql.datasource.json;

import io.rivulet.sql.datasource.file.FileTable;
import io.rivulet.sql.datasource.file.FileWriteJob;
import io.rivulet.sql.sources.SourceRequest;
import io.rivulet.sql.sources.Table;
import io.rivulet.sql.sources.TableProvider;
import io.rivulet.sql.sources.WriteJob;
import io.rivulet.sql.types.StructType;
import java.util.Optional;

/** The {@code json} source: JSON Lines (or whole JSON documents with {@code multiLine}), read and written. */
public final class JsonProvider implements TableProvider {
    @Override
    public String shortName() {
        return "json";
    }

    @Override
    public Table table(SourceRequest request) {
        return FileTable.create(new JsonFormat(), request);
    }

    @Override
    public Optional<WriteJob> writeJob(SourceRequest request, StructType schema) {
        return Optional.of(FileWriteJob.create(new JsonFormat(), request, schema));
    }
}
