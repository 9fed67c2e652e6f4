package io.rivulet.sql.datasource;

import io.rivulet.sql.sources.Filter;
import io.rivulet.sql.sources.InputPartition;
import io.rivulet.sql.sources.PartitionReader;
import io.rivulet.sql.sources.Scan;
import io.rivulet.sql.sources.ScanRequest;
import io.rivulet.sql.sources.Table;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.DoubleVector;
import io.rivulet.sql.vector.LongVector;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rough single-thread throughput of the CSV and JSON readers through the SPI (no planner): a file of 10 columns
 * (longs, doubles, strings, dates) of {@code rivulet.proof.mb} MiB (default 256), read into a count, a filter and
 * sum of two columns, and a full projection. Run with {@code mvn verify -Pproofs -Dtest=SourceThroughputProof}.
 */
@Tag("proof")
class SourceThroughputProof {
    @TempDir
    Path dir;

    @Test
    void csvAndJson() throws IOException {
        long bytes = Long.getLong("rivulet.proof.mb", 256) << 20;
        Path csv = dir.resolve("data.csv");
        Path json = dir.resolve("data.json");
        write(csv, json, bytes);
        measure(
                "csv",
                Sources.of("csv")
                        .option("header", "true")
                        .option("inferSchema", "true")
                        .option("samplingRatio", "0.01"),
                csv);
        measure("json", Sources.of("json").option("samplingRatio", "0.01"), json);
    }

    private static void write(Path csv, Path json, long bytes) throws IOException {
        try (BufferedWriter c = Files.newBufferedWriter(csv);
                BufferedWriter j = Files.newBufferedWriter(json)) {
            c.write("l1,l2,l3,d1,d2,d3,s1,s2,day1,day2\n");
            java.util.Random random = new java.util.Random(42);
            LocalDate base = LocalDate.of(2020, 1, 1);
            for (long row = 0; Files.size(csv) < bytes || row % 100000 != 0; row++) {
                long l1 = row;
                long l2 = random.nextInt(1000);
                long l3 = random.nextLong();
                double d1 = random.nextInt(100000) / 100.0;
                double d2 = random.nextDouble();
                double d3 = random.nextInt(1000) * 1.5;
                String s1 = "name" + (row % 1000);
                String s2 = "some longer text value " + random.nextInt(100000);
                String day1 = base.plusDays(row % 3000).toString();
                String day2 = base.plusDays(random.nextInt(3000)).toString();
                c.write(String.format(
                        Locale.ROOT, "%d,%d,%d,%s,%s,%s,%s,%s,%s,%s%n", l1, l2, l3, d1, d2, d3, s1, s2, day1, day2));
                j.write(String.format(
                        Locale.ROOT,
                        "{\"l1\":%d,\"l2\":%d,\"l3\":%d,\"d1\":%s,\"d2\":%s,\"d3\":%s,"
                                + "\"s1\":\"%s\",\"s2\":\"%s\",\"day1\":\"%s\",\"day2\":\"%s\"}%n",
                        l1,
                        l2,
                        l3,
                        d1,
                        d2,
                        d3,
                        s1,
                        s2,
                        day1,
                        day2));
                if (row % 100000 == 0) {
                    c.flush();
                }
            }
        }
    }

    private static void measure(String name, Sources source, Path path) throws IOException {
        long size = Files.size(path);
        long start = System.nanoTime();
        Table table = source.table(path);
        long inferred = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "%s: %d MiB, schema %s, listing + sampled inference %.2f s%n",
                name,
                size >> 20,
                table.schema().simpleString(),
                (inferred - start) / 1e9);
        for (int round = 0; round < 2; round++) {
            baseline(name, path, size);
            time(name + " count", size, table.scan(new ScanRequest(new io.rivulet.sql.types.StructType(), List.of())));
            Scan sum = table.scan(new ScanRequest(
                    Sources.select(table.schema(), "l2", "d1"), List.of(new Filter.LessThan("l2", 500L))));
            time(name + " filter l2 < 500 + sum(d1)", size, sum);
            time(name + " full projection", size, table.scan(new ScanRequest(table.schema(), List.of())));
        }
    }

    /** The parser alone on the same file at the same time (the machine is shared): FastCSV's records, Jackson's tokens. */
    private static void baseline(String name, Path path, long size) throws IOException {
        long start = System.nanoTime();
        long count = 0;
        if (name.equals("csv")) {
            try (var reader = de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(path)) {
                for (var record : reader) {
                    count += record.getFieldCount();
                }
            }
        } else {
            try (var parser = new com.fasterxml.jackson.core.JsonFactory().createParser(path.toFile())) {
                while (parser.nextToken() != null) {
                    count++;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "  %-34s %,12d items %6.2f s %7.1f MB/s%n",
                name + " parser alone",
                count,
                seconds,
                size / 1e6 / seconds);
    }

    private static void time(String what, long size, Scan scan) {
        long start = System.nanoTime();
        long rows = 0;
        double sum = 0;
        for (InputPartition partition : scan.partitions()) {
            try (PartitionReader reader = scan.reader(partition)) {
                while (reader.hasNext()) {
                    ColumnBatch batch = reader.next();
                    rows += batch.numRows();
                    if (batch.numColumns() == 2 && batch.column(0) instanceof LongVector l2) {
                        DoubleVector d1 = (DoubleVector) batch.column(1);
                        for (int i = 0; i < batch.numRows(); i++) {
                            if (l2.getLong(i) < 500) {
                                sum += d1.getDouble(i);
                            }
                        }
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "  %-34s %,12d rows %6.2f s %7.1f MB/s (pushed %s)%s%n",
                what,
                rows,
                seconds,
                size / 1e6 / seconds,
                scan.pushedFilters(),
                sum > 0 ? String.format(Locale.ROOT, " sum %.1f", sum) : "");
    }
}
