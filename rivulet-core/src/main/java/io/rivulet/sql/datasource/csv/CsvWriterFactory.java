package io.rivulet.sql.datasource.csv;

import io.rivulet.sql.datasource.file.DateTimes;
import io.rivulet.sql.datasource.file.FormatWriter;
import io.rivulet.sql.datasource.file.Options;
import io.rivulet.sql.datasource.file.TextFormats;
import io.rivulet.sql.types.BinaryType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DateType;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.StringType;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.types.TimestampNTZType;
import io.rivulet.sql.types.TimestampType;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.IntVector;
import io.rivulet.sql.vector.LongVector;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.ZoneId;

/**
 * Writes rows as CSV, as Spark's {@code UnivocityGenerator}: a header of the column names first with
 * {@code header}; values as their strings (doubles as Java prints them, decimals as plain digits, booleans
 * {@code true}/{@code false}, dates and timestamps per {@code dateFormat}/{@code timestampFormat}), leading and
 * trailing whitespace dropped ({@code ignoreLeadingWhiteSpace}/{@code ignoreTrailingWhiteSpace}, true when
 * writing); null as {@code nullValue} (empty), the empty string as {@code emptyValue} ({@code ""}); a value quoted
 * when it holds the separator, a quote, a newline (or always, {@code quoteAll}), its quotes escaped with
 * {@code escape} ({@code \"}), or written as they are without {@code escapeQuotes}. Records end with
 * {@code lineSep} ({@code \n}). Nested columns are refused when the job is made ({@link CsvFormat}). FastCSV's own
 * writer is not used: its RFC 4180 quoting has no escape character nor trimming.
 */
final class CsvWriterFactory implements FormatWriter.Factory {
    private static final long serialVersionUID = 1L;

    private final StructType schema;
    private final Options options;
    private final ZoneId zone;

    CsvWriterFactory(StructType schema, Options options, ZoneId zone) {
        this.schema = schema;
        this.options = options;
        this.zone = zone;
        TextFormats.forWriting(options, zone);
    }

    @Override
    public String extension() {
        return ".csv";
    }

    @Override
    public FormatWriter open(OutputStream out) {
        Charset charset = options.charset();
        return new RowWriter(
                new OutputStreamWriter(out, charset),
                schema,
                new CsvOptions(options, true),
                options,
                TextFormats.forWriting(options, zone));
    }

    private static final class RowWriter implements FormatWriter {
        private final Writer out;
        private final StructType schema;
        private final CsvOptions csv;
        private final TextFormats.Writing formats;
        private final boolean quoteAll;
        private final boolean escapeQuotes;
        private final String nullValue;
        private final String emptyValue;
        private final String lineSep;
        private final StringBuilder line = new StringBuilder(256);
        private boolean headerPending;

        RowWriter(Writer out, StructType schema, CsvOptions csv, Options options, TextFormats.Writing formats) {
            this.out = out;
            this.schema = schema;
            this.csv = csv;
            this.formats = formats;
            this.quoteAll = options.getBoolean("quoteAll", false);
            this.escapeQuotes = options.getBoolean("escapeQuotes", true);
            this.nullValue = options.get("nullValue", "");
            String quote = csv.quote == '\u0000' ? "" : String.valueOf(csv.quote);
            this.emptyValue = options.get("emptyValue", quote + quote);
            this.lineSep = options.get("lineSep", "\n");
            this.headerPending = csv.header;
        }

        @Override
        public void write(ColumnBatch batch, int[] rows, int count) throws IOException {
            if (headerPending) {
                headerPending = false;
                line.setLength(0);
                for (int i = 0; i < schema.length(); i++) {
                    if (i > 0) {
                        line.append(csv.separator);
                    }
                    appendValue(schema.field(i).name());
                }
                out.write(line.append(lineSep).toString());
            }
            for (int r = 0; r < count; r++) {
                int row = rows[r];
                line.setLength(0);
                for (int column = 0; column < schema.length(); column++) {
                    if (column > 0) {
                        line.append(csv.separator);
                    }
                    ColumnVector vector = batch.column(column);
                    if (vector.isNull(row)) {
                        line.append(nullValue);
                    } else {
                        appendValue(text(vector, row, schema.field(column).dataType()));
                    }
                }
                out.write(line.append(lineSep).toString());
            }
        }

        private String text(ColumnVector vector, int row, DataType type) {
            if (type instanceof StringType || type instanceof BinaryType) {
                return ((BytesVector) vector).string(row);
            } else if (type instanceof DateType) {
                return DateTimes.formatDate(((IntVector) vector).getInt(row), formats.date());
            } else if (type instanceof TimestampType) {
                return DateTimes.formatTimestamp(
                        ((LongVector) vector).getLong(row), formats.timestamp(), formats.zone());
            } else if (type instanceof TimestampNTZType) {
                return DateTimes.formatTimestampNtz(((LongVector) vector).getLong(row), formats.timestampNtz());
            } else if (type instanceof DecimalType) {
                return ((BigDecimal) vector.get(row)).toPlainString();
            }
            return String.valueOf(vector.get(row));
        }

        private void appendValue(String raw) {
            String value = trim(raw);
            if (value.isEmpty()) {
                line.append(raw.isEmpty() ? emptyValue : (quoteAll ? quoted("") : ""));
                return;
            }
            boolean hasQuote = csv.quote != '\u0000' && value.indexOf(csv.quote) >= 0;
            boolean needs = quoteAll
                    || value.contains(csv.separator)
                    || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0
                    || (hasQuote && escapeQuotes)
                    || (csv.comment != '\u0000' && value.charAt(0) == csv.comment);
            line.append(needs && csv.quote != '\u0000' ? quoted(value) : value);
        }

        private String trim(String value) {
            int from = 0;
            int to = value.length();
            while (csv.ignoreLeading && from < to && Character.isWhitespace(value.charAt(from))) {
                from++;
            }
            while (csv.ignoreTrailing && to > from && Character.isWhitespace(value.charAt(to - 1))) {
                to--;
            }
            return value.substring(from, to);
        }

        private String quoted(String value) {
            StringBuilder out = new StringBuilder(value.length() + 2).append(csv.quote);
            char escape = csv.escape == '\u0000' ? csv.quote : csv.escape;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == csv.quote) {
                    out.append(escape);
                }
                out.append(c);
            }
            return out.append(csv.quote).toString();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
