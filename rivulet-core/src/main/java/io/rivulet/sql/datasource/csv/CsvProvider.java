package io.rivulet.sql.datasource.csv;

import io.rivulet.sql.datasource.file.FileTable;
import io.rivulet.sql.datasource.file.FileWriteJob;
import io.rivulet.sql.sources.SourceRequest;
import io.rivulet.sql.sources.Table;
import io.rivulet.sql.sources.TableProvider;
import io.rivulet.sql.sources.WriteJob;
import io.rivulet.sql.types.StructType;
import java.util.Optional;

/** The {@code csv} source, parsed by FastCSV; see {@link CsvOptions}. */
public final class CsvProvider implements TableProvider {
    @Override
    public String shortName() {
        return "csv";
    }

    @Override
    public Table table(SourceRequest request) {
        return FileTable.create(new CsvFormat(), request);
    }

    @Override
    public Optional<WriteJob> writeJob(SourceRequest request, StructType schema) {
        return Optional.of(FileWriteJob.create(new CsvFormat(), request, schema));
    }
}
