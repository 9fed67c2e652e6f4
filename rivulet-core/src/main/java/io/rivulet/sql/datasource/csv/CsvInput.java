package io.rivulet.sql.datasource.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import io.rivulet.sql.datasource.file.FileSplit;
import io.rivulet.sql.datasource.file.SplitInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * The records of one split through FastCSV: the split's bytes ({@link SplitInput}, so UTF-8), decoded, with
 * escaped quotes rewritten for FastCSV ({@link EscapedQuoteReader}) and a one-character {@code lineSep} read as a
 * newline. {@link #next()} leaves the record in {@link #record}.
 */
final class CsvInput implements AutoCloseable {
    final CsvRecordHandler record;
    private final CsvReader<Boolean> reader;
    private final Iterator<Boolean> records;

    CsvInput(FileSplit split, CsvOptions options) throws IOException {
        InputStream in = SplitInput.open(split, options.options.charset());
        Reader chars = new InputStreamReader(in, StandardCharsets.UTF_8);
        if (options.lineSep != '\n') {
            chars = new LineSepReader(chars, options.lineSep);
        }
        if (options.escapesQuotes()) {
            chars = new EscapedQuoteReader(chars, options.quote, options.escape, options.separator.charAt(0));
        }
        this.record = new CsvRecordHandler(options.ignoreLeading, options.ignoreTrailing);
        this.reader = options.readerBuilder().build(record, chars);
        this.records = reader.iterator();
    }

    /** Advances to the next data record; false at the end. */
    boolean next() {
        while (records.hasNext()) {
            records.next();
            if (record.isData()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Reads a one-character line separator as {@code \n}. */
    private static final class LineSepReader extends Reader {
        private final Reader in;
        private final char separator;

        LineSepReader(Reader in, char separator) {
            this.in = in;
            this.separator = separator;
        }

        @Override
        public int read(char[] out, int offset, int length) throws IOException {
            int n = in.read(out, offset, length);
            for (int i = offset; i < offset + n; i++) {
                if (out[i] == separator) {
                    out[i] = '\n';
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
