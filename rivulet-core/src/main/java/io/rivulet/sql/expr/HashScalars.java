package io.rivulet.sql.expr;

import static io.rivulet.sql.expr.ExpectedType.BINARY;
import static io.rivulet.sql.expr.ExpectedType.INT;

import io.rivulet.sql.types.DataTypes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/** Digests and encodings of binary values: {@code md5}, {@code sha1}, {@code sha2}, {@code crc32}, {@code base64}, {@code hex}. */
final class HashScalars {
    private HashScalars() {}

    static List<ScalarKernel> kernels() {
        List<ScalarKernel> k = new ArrayList<>();
        k.add(ScalarKernel.of("md5", List.of(BINARY), DataTypes.StringType, (a, s) -> digest("MD5", (byte[]) a[0])));
        for (String name : List.of("sha1", "sha")) {
            k.add(ScalarKernel.of(
                    name, List.of(BINARY), DataTypes.StringType, (a, s) -> digest("SHA-1", (byte[]) a[0])));
        }
        k.add(ScalarKernel.of(
                        "sha2",
                        List.of(BINARY, INT),
                        DataTypes.StringType,
                        (a, s) -> sha2((byte[]) a[0], (Integer) a[1]))
                .givesNull());
        k.add(ScalarKernel.of("crc32", List.of(BINARY), DataTypes.LongType, (a, s) -> {
            CRC32 crc = new CRC32();
            crc.update((byte[]) a[0]);
            return crc.getValue();
        }));
        k.add(ScalarKernel.of(
                "base64",
                List.of(BINARY),
                DataTypes.StringType,
                (a, s) -> Base64.getMimeEncoder(76, new byte[] {'\r', '\n'}).encodeToString((byte[]) a[0])));
        k.add(ScalarKernel.of(
                        "unbase64",
                        List.of(ExpectedType.STRING),
                        DataTypes.BinaryType,
                        (a, s) -> Base64.getMimeDecoder().decode((String) a[0]))
                .raises());
        k.add(ScalarKernel.of(
                "hex",
                List.of(ExpectedType.anyOf(ExpectedType.LONG, BINARY, ExpectedType.STRING)),
                DataTypes.StringType,
                (a, s) -> hex(a[0])));
        k.add(ScalarKernel.of(
                        "unhex", List.of(ExpectedType.STRING), DataTypes.BinaryType, (a, s) -> unhex((String) a[0]))
                .givesNull());
        return k;
    }

    private static String digest(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no " + algorithm, e);
        }
    }

    /** Spark's {@code sha2}: 224, 256 (also 0), 384 or 512 bits; null for another length. */
    private static String sha2(byte[] bytes, int bits) {
        String algorithm = switch (bits) {
            case 224 -> "SHA-224";
            case 0, 256 -> "SHA-256";
            case 384 -> "SHA-384";
            case 512 -> "SHA-512";
            default -> null;
        };
        return algorithm == null ? null : digest(algorithm, bytes);
    }

    private static String hex(Object value) {
        if (value instanceof Long l) {
            return Long.toHexString(l).toUpperCase(Locale.ROOT);
        }
        byte[] bytes = value instanceof byte[] b ? b : ((String) value).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    private static byte[] unhex(String text) {
        String even = text.length() % 2 == 1 ? "0" + text : text;
        try {
            return HexFormat.of().parseHex(even);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
