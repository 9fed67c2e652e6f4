import io.rivulet.RDD;
import io.rivulet.Rivulet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The first example of the lecture notes on Spark: create an RDD, tokenize its strings on spaces with
 * {@code flatMap}, then count each token with the action {@code countByValue}, which brings a map back to
 * the program. Prints the map sorted by token, one {@code token<TAB>count} a line.
 *
 * <pre>
 * bin/rivulet run examples/TokenCount.java              # the notes' two strings
 * bin/rivulet run examples/TokenCount.java README.md    # the lines of a file
 * </pre>
 */
public class TokenCount {
    public static void main(String[] args) {
        try (Rivulet rv = Rivulet.builder().appName("token-count").build()) {
            // Creation: nothing runs yet.
            RDD<String> rdd1 = args.length == 0
                    ? rv.parallelize(List.of("Hello, World!", "Hello, there!"))
                    : rv.textFile(args[0]);
            // A transformation: still nothing runs; rdd2 only knows how it would be computed from rdd1.
            RDD<String> rdd2 = rdd1.flatMap(value -> Arrays.asList(value.split(" ")))
                    .filter(token -> !token.isEmpty()); // a file's empty lines and double spaces make empty tokens
            // The action: now the job runs, and the counts come back as an ordinary (small) map.
            Map<String, Long> counts = rdd2.countByValue();
            new TreeMap<>(counts).forEach((token, count) -> System.out.println(token + "\t" + count));
        }
    }
}
