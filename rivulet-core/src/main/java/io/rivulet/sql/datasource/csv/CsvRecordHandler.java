package io.rivulet.sql.datasource.csv;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.Arrays;

/**
 * Collects the fields of one record as FastCSV parses it, into one reused character array (no {@code String}
 * per field): each field's range, whether it was quoted, and the record's line. Trims unquoted fields when
 * {@code ignoreLeadingWhiteSpace}/{@code ignoreTrailingWhiteSpace} say so.
 */
final class CsvRecordHandler extends CsvCallbackHandler<Boolean> {
    private final boolean trimLeading;
    private final boolean trimTrailing;
    char[] chars = new char[1024];
    int[] starts = new int[64];
    int[] lengths = new int[64];
    boolean[] quoted = new boolean[64];
    int count;
    long line;
    private int used;
    private RecordType type = RecordType.DATA;

    CsvRecordHandler(boolean trimLeading, boolean trimTrailing) {
        this.trimLeading = trimLeading;
        this.trimTrailing = trimTrailing;
    }

    @Override
    protected RecordType getRecordType() {
        return type;
    }

    @Override
    protected int getFieldCount() {
        return count;
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
        count = 0;
        used = 0;
        line = startingLineNumber;
        type = RecordType.DATA;
    }

    @Override
    protected void addField(char[] buffer, int offset, int length, boolean isQuoted) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
            quoted = Arrays.copyOf(quoted, count * 2);
        }
        int from = offset;
        int to = offset + length;
        if (!isQuoted) {
            while (trimLeading && from < to && Character.isWhitespace(buffer[from])) {
                from++;
            }
            while (trimTrailing && to > from && Character.isWhitespace(buffer[to - 1])) {
                to--;
            }
        }
        int n = to - from;
        if (used + n > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + n));
        }
        System.arraycopy(buffer, from, chars, used, n);
        starts[count] = used;
        lengths[count] = n;
        quoted[count] = isQuoted;
        used += n;
        count++;
    }

    @Override
    protected void setComment(char[] buffer, int offset, int length) {
        type = RecordType.COMMENT;
    }

    @Override
    protected void setEmpty() {
        type = RecordType.EMPTY;
    }

    @Override
    protected Boolean buildRecord() {
        return type == RecordType.DATA;
    }

    boolean isData() {
        return type == RecordType.DATA;
    }

    String field(int index) {
        return new String(chars, starts[index], lengths[index]);
    }

    /** The record as text, for the corrupt record column: its fields joined, quoted ones quoted again. */
    String text(String separator, char quote) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(separator);
            }
            if (quoted[i]) {
                String q = String.valueOf(quote);
                out.append(quote).append(field(i).replace(q, q + q)).append(quote);
            } else {
                out.append(chars, starts[i], lengths[i]);
            }
        }
        return out.toString();
    }
}
