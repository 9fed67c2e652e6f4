package io.rivulet.sql.datasource.csv;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * Turns the quotes escaped with an escape character inside quoted fields ({@code "a\"b"}, Spark's default
 * {@code escape} of {@code \}) into the doubled quotes of RFC 4180 ({@code "a""b"}) that FastCSV reads, in place:
 * the text keeps its length. It follows only what it must to know where a quoted field is: a quote opens one at
 * the start of a field, and closes it unless doubled or escaped. Escape characters elsewhere stay as they are.
 */
final class EscapedQuoteReader extends Reader {
    private final PushbackReader in;
    private final char quote;
    private final char escape;
    private final char separator;
    private boolean inQuotes;
    private boolean atFieldStart = true;
    /** The next character is a quote that the previous chunk already accounted for. */
    private boolean skipNextQuote;

    EscapedQuoteReader(Reader in, char quote, char escape, char separator) {
        this.in = new PushbackReader(in, 1);
        this.quote = quote;
        this.escape = escape;
        this.separator = separator;
    }

    @Override
    public int read(char[] out, int offset, int length) throws IOException {
        int n = in.read(out, offset, length);
        if (n <= 0) {
            return n;
        }
        int end = offset + n;
        for (int i = offset; i < end; i++) {
            char c = out[i];
            if (skipNextQuote) {
                skipNextQuote = false;
                continue;
            }
            if (!inQuotes) {
                if (c == quote && atFieldStart) {
                    inQuotes = true;
                    atFieldStart = false;
                } else {
                    atFieldStart = c == separator || c == '\n' || c == '\r';
                }
            } else if (c == escape || c == quote) {
                int next = i + 1 < end ? out[i + 1] : peek();
                if (next == quote) {
                    out[i] = quote; // \" becomes "", "" stays
                    if (i + 1 < end) {
                        i++;
                    } else {
                        skipNextQuote = true;
                    }
                } else if (c == quote) {
                    inQuotes = false;
                }
            }
        }
        return n;
    }

    private int peek() throws IOException {
        int next = in.read();
        if (next >= 0) {
            in.unread(next);
        }
        return next;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
