package io.rivulet.sql.datasource.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.rivulet.sql.datasource.file.Options;
import io.rivulet.sql.datasource.file.ParseMode;
import java.nio.charset.StandardCharsets;

/**
 * The JSON source's options, with Spark's names and defaults: the parser's leniencies ({@code allowComments} false,
 * {@code allowUnquotedFieldNames} false, {@code allowSingleQuotes} true, {@code allowNumericLeadingZeros} false,
 * {@code allowNonNumericNumbers} true, {@code allowBackslashEscapingAnyCharacter} false,
 * {@code allowUnquotedControlChars} false), inference ({@code primitivesAsString}, {@code prefersDecimal},
 * {@code samplingRatio} 1.0, {@code dropFieldIfAllNull}), {@code mode} and {@code columnNameOfCorruptRecord}
 * ({@code _corrupt_record}), {@code multiLine}, {@code lineSep}, {@code encoding}, and the date and timestamp
 * patterns ({@code TextFormats}).
 */
final class JsonOptions {
    final Options options;
    final ParseMode mode;
    final String corruptColumn;
    final boolean primitivesAsString;
    final boolean prefersDecimal;
    final double samplingRatio;
    final boolean dropFieldIfAllNull;
    final boolean multiLine;
    final byte[] lineSep;

    JsonOptions(Options options) {
        this.options = options;
        this.mode = options.mode();
        this.corruptColumn = options.get("columnNameOfCorruptRecord", "_corrupt_record");
        this.primitivesAsString = options.getBoolean("primitivesAsString", false);
        this.prefersDecimal = options.getBoolean("prefersDecimal", false);
        this.samplingRatio = options.getDouble("samplingRatio", 1.0);
        if (!(samplingRatio > 0)) {
            throw new IllegalArgumentException("samplingRatio (" + samplingRatio + ") should be greater than 0");
        }
        this.dropFieldIfAllNull = options.getBoolean("dropFieldIfAllNull", false);
        this.multiLine = options.getBoolean("multiLine", false);
        this.lineSep = options.get("lineSep")
                .map(s -> {
                    if (s.isEmpty()) {
                        throw new IllegalArgumentException("'lineSep' cannot be an empty string");
                    }
                    return s.getBytes(StandardCharsets.UTF_8);
                })
                .orElse(null);
    }

    JsonFactory factory() {
        return JsonFactory.builder()
                .configure(JsonReadFeature.ALLOW_JAVA_COMMENTS, options.getBoolean("allowComments", false))
                .configure(JsonReadFeature.ALLOW_YAML_COMMENTS, options.getBoolean("allowComments", false))
                .configure(
                        JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                        options.getBoolean("allowUnquotedFieldNames", false))
                .configure(JsonReadFeature.ALLOW_SINGLE_QUOTES, options.getBoolean("allowSingleQuotes", true))
                .configure(
                        JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
                        options.getBoolean("allowNumericLeadingZeros", false))
                .configure(
                        JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, options.getBoolean("allowNonNumericNumbers", true))
                .configure(
                        JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                        options.getBoolean("allowBackslashEscapingAnyCharacter", false))
                .configure(
                        JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                        options.getBoolean("allowUnquotedControlChars", false))
                .build();
    }
}
