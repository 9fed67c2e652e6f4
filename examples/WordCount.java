import io.rivulet.Pair;
import io.rivulet.PairRDD;
import io.rivulet.Rivulet;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Prints the ten most frequent words of a text file, one per line as {@code word<TAB>count}, most frequent
 * first.
 *
 * <pre>bin/rivulet run examples/WordCount.java README.md</pre>
 */
public class WordCount {
    /** Anything that is not a letter or a digit, in any script, separates words. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: WordCount <file>");
            System.exit(2);
        }
        try (Rivulet rv = Rivulet.builder().appName("wordcount").build()) {
            PairRDD<String, Long> counts = rv.textFile(args[0])
                    .flatMap(line -> Arrays.asList(NON_WORD.split(line.toLowerCase(Locale.ROOT))))
                    .filter(word -> !word.isEmpty())
                    .mapToPair(word -> Pair.of(word, 1L))
                    .reduceByKey(Long::sum);
            List<Pair<String, Long>> top = counts.takeOrdered(10, WordCount::mostFrequentFirst);
            for (Pair<String, Long> wordCount : top) {
                System.out.println(wordCount.key() + "\t" + wordCount.value());
            }
        }
    }

    /** Higher counts first; equal counts by word, so that every run prints the same lines. */
    private static int mostFrequentFirst(Pair<String, Long> a, Pair<String, Long> b) {
        int byCount = Long.compare(b.value(), a.value());
        return byCount != 0 ? byCount : a.key().compareTo(b.key());
    }
}
