package io.rivulet.sql.datasource.csv;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.rivulet.sql.datasource.file.Options;
import io.rivulet.sql.datasource.file.ParseMode;

/**
 * The CSV source's options, with Spark's names and defaults: {@code sep}/{@code delimiter} ({@code ,}, may be
 * longer than one character), {@code quote} ({@code "}; empty for none), {@code escape} ({@code \}), {@code comment}
 * (none), {@code header} (false), {@code nullValue} (empty), {@code emptyValue} (empty), {@code nanValue}
 * ({@code NaN}), {@code positiveInf} ({@code Inf}), {@code negativeInf} ({@code -Inf}), {@code dateFormat},
 * {@code timestampFormat}, {@code timestampNTZFormat}, {@code ignoreLeadingWhiteSpace} and
 * {@code ignoreTrailingWhiteSpace} (false when reading, true when writing), {@code multiLine} (false),
 * {@code encoding} (UTF-8), {@code inferSchema} (false), {@code preferDate} (true), {@code enforceSchema} (true),
 * {@code samplingRatio} (1.0), {@code mode} and {@code columnNameOfCorruptRecord}, {@code lineSep} (one character);
 * writing: {@code quoteAll} (false), {@code escapeQuotes} (true), {@code compression}.
 */
final class CsvOptions {
    final Options options;
    final String separator;
    final char quote;
    final char escape;
    final char comment;
    final boolean header;
    final String nullValue;
    final String emptyValueRead;
    final boolean ignoreLeading;
    final boolean ignoreTrailing;
    final boolean multiLine;
    final boolean inferSchema;
    final boolean preferDate;
    final boolean enforceSchema;
    final double samplingRatio;
    final ParseMode mode;
    final String corruptColumn;
    final char lineSep;

    CsvOptions(Options options, boolean writing) {
        this.options = options;
        this.separator = separator(options);
        this.quote = options.getChar("quote", '"');
        this.escape = options.getChar("escape", '\\');
        this.comment = options.getChar("comment", '\u0000');
        this.header = options.getBoolean("header", false);
        this.nullValue = options.get("nullValue", "");
        this.emptyValueRead = options.get("emptyValue", "");
        this.ignoreLeading = options.getBoolean("ignoreLeadingWhiteSpace", writing);
        this.ignoreTrailing = options.getBoolean("ignoreTrailingWhiteSpace", writing);
        this.multiLine = options.getBoolean("multiLine", false);
        this.inferSchema = options.getBoolean("inferSchema", false);
        this.preferDate = options.getBoolean("preferDate", true);
        this.enforceSchema = options.getBoolean("enforceSchema", true);
        this.samplingRatio = options.getDouble("samplingRatio", 1.0);
        this.mode = options.mode();
        this.corruptColumn = options.get("columnNameOfCorruptRecord", "_corrupt_record");
        this.lineSep = options.has("lineSep") ? options.getChar("lineSep", '\n') : '\n';
        if (separator.isEmpty()) {
            throw new IllegalArgumentException("Delimiter cannot be empty string");
        }
    }

    private static String separator(Options options) {
        String sep = options.get("sep").or(() -> options.get("delimiter")).orElse(",");
        if (sep.equals("\\t")) {
            return "\t";
        }
        if (sep.length() == 2 && sep.charAt(0) == '\\') {
            return String.valueOf(options.getChar(options.has("sep") ? "sep" : "delimiter", ','));
        }
        return sep;
    }

    /** FastCSV's reader for these options; field counts and comments are the handler's to judge. */
    CsvReader.CsvReaderBuilder readerBuilder() {
        CsvReader.CsvReaderBuilder builder = CsvReader.builder()
                .fieldSeparator(separator)
                .skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(true)
                .trimWhitespacesAroundQuotes(ignoreLeading || ignoreTrailing)
                .detectBomHeader(false)
                .maxBufferSize(
                        options.getInt("maxCharsPerColumn", 16 * 1024 * 1024) < 0
                                ? 64 * 1024 * 1024
                                : Math.max(16 * 1024, options.getInt("maxCharsPerColumn", 16 * 1024 * 1024)));
        if (quote != '\u0000') {
            builder.quoteCharacter(quote);
        } else {
            builder.quoteCharacter('\u0000');
        }
        if (comment != '\u0000') {
            builder.commentStrategy(CommentStrategy.SKIP).commentCharacter(comment);
        }
        return builder;
    }

    /** Whether the escape character differs from the quote, so that {@code \"} must be read as a quote. */
    boolean escapesQuotes() {
        return escape != '\u0000' && escape != quote && quote != '\u0000';
    }
}
