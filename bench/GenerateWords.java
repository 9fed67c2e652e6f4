import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Writes a deterministic text file of Zipf-distributed words (100,000 distinct words of 3 to 10 letters,
 * 8 to 15 words a line) for word-count measurements:
 * {@code java bench/GenerateWords.java /tmp/words-1g.txt 1073741824}.
 */
public class GenerateWords {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long targetBytes = Long.parseLong(args[1]);
        int vocab = 100_000;
        SplittableRandom random = new SplittableRandom(42);
        String[] words = new String[vocab];
        for (int i = 0; i < vocab; i++) {
            int len = 3 + random.nextInt(8);
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < len; j++) sb.append((char) ('a' + random.nextInt(26)));
            words[i] = sb.toString();
        }
        double[] cdf = new double[vocab];
        double sum = 0;
        for (int i = 0; i < vocab; i++) { sum += 1.0 / (i + 1); cdf[i] = sum; }
        for (int i = 0; i < vocab; i++) cdf[i] /= sum;
        long written = 0;
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 20)) {
            StringBuilder line = new StringBuilder();
            while (written < targetBytes) {
                line.setLength(0);
                int n = 8 + random.nextInt(8);
                for (int k = 0; k < n; k++) {
                    int idx = Arrays.binarySearch(cdf, random.nextDouble());
                    if (idx < 0) idx = -idx - 1;
                    if (idx >= vocab) idx = vocab - 1;
                    if (k > 0) line.append(' ');
                    line.append(words[idx]);
                }
                line.append('\n');
                w.write(line.toString());
                written += line.length();
            }
        }
    }
}
