import io.rivulet.LongAccumulator;
import io.rivulet.Pair;
import io.rivulet.PairRDD;
import io.rivulet.RDD;
import io.rivulet.Rivulet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An analysis of JSON lines (one JSON object a line) with the RDD API alone: for each country, how many people
 * live there, their average age and the oldest of them, most populous country first. Lines that are not JSON
 * objects are skipped and counted with an accumulator; people without a country are counted under
 * {@code (unknown)}; people without an age count everywhere but in the ages.
 *
 * <p>Rivulet's RDD API, like Spark's, knows no formats: the parsing is ordinary Java, here a small JSON parser
 * at the end of this file.
 *
 * <pre>
 * bin/rivulet run examples/PeopleByCountry.java                            # examples/data/people.jsonl
 * bin/rivulet run examples/PeopleByCountry.java path/to/people.jsonl
 * </pre>
 */
public class PeopleByCountry {
    record Person(String name, Integer age, String country) {}

    /** What a country's people add up to: counts and sums combine in any order, so reduceByKey can combine early. */
    record CountryStats(long people, long withAge, long ageSum, String oldest, int oldestAge) {
        static CountryStats of(Person person) {
            return person.age() == null
                    ? new CountryStats(1, 0, 0, null, -1)
                    : new CountryStats(1, 1, person.age(), person.name(), person.age());
        }

        CountryStats plus(CountryStats other) {
            // The elder of the two oldest; on equal ages the name first in the alphabet, so every run agrees.
            boolean mine = oldestAge > other.oldestAge
                    || (oldestAge == other.oldestAge && oldest != null
                            && (other.oldest == null || oldest.compareTo(other.oldest) <= 0));
            return new CountryStats(
                    people + other.people,
                    withAge + other.withAge,
                    ageSum + other.ageSum,
                    mine ? oldest : other.oldest,
                    mine ? oldestAge : other.oldestAge);
        }

        String averageAge() {
            return withAge == 0 ? "-" : String.format(Locale.ROOT, "%.1f", (double) ageSum / withAge);
        }
    }

    public static void main(String[] args) {
        String path = args.length > 0 ? args[0] : "examples/data/people.jsonl";
        try (Rivulet rv = Rivulet.builder().appName("people-by-country").build()) {
            LongAccumulator skipped = rv.longAccumulator("lines that are not JSON objects");

            RDD<Person> people = rv.textFile(path)
                    .filter(line -> !line.isBlank())
                    .flatMap(line -> {
                        try {
                            return List.of(toPerson(Json.parseObject(line)));
                        } catch (IllegalArgumentException e) {
                            skipped.add(1);
                            return List.of();
                        }
                    });

            PairRDD<String, CountryStats> byCountry = people
                    .mapToPair(person ->
                            Pair.of(person.country() == null ? "(unknown)" : person.country(), CountryStats.of(person)))
                    .reduceByKey(CountryStats::plus);

            // Few countries: sorting them here, in the program, is fine (sortBy would sort a large RDD in parallel).
            List<Pair<String, CountryStats>> rows = new ArrayList<>(byCountry.collect());
            rows.sort(Comparator.comparing((Pair<String, CountryStats> row) -> row.value().people())
                    .reversed()
                    .thenComparing(Pair::key));

            System.out.printf(Locale.ROOT, "%-12s %6s %12s  %s%n", "country", "people", "average age", "oldest");
            for (Pair<String, CountryStats> row : rows) {
                CountryStats stats = row.value();
                String oldest = stats.oldest() == null ? "-" : stats.oldest() + " (" + stats.oldestAge() + ")";
                System.out.printf(
                        Locale.ROOT, "%-12s %6d %12s  %s%n", row.key(), stats.people(), stats.averageAge(), oldest);
            }
            System.out.println("skipped " + skipped.value() + " line(s) that are not JSON objects");
        }
    }

    private static Person toPerson(Map<String, Object> json) {
        Object name = json.get("name");
        Object age = json.get("age");
        Object country = json.get("country");
        return new Person(
                name instanceof String s ? s : null,
                age instanceof Number n ? Integer.valueOf(n.intValue()) : null,
                country instanceof String s ? s : null);
    }

    /**
     * Just enough JSON for this example: objects, arrays, strings (with escapes), numbers, true, false and null.
     * Objects become maps, arrays lists, numbers doubles. A mistake is an IllegalArgumentException.
     */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> parseObject(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.skipSpaces();
            if (!(value instanceof Map) || json.at != text.length()) {
                throw new IllegalArgumentException("not a JSON object: " + text);
            }
            return (Map<String, Object>) value;
        }

        private Object value() {
            skipSpaces();
            char c = peek();
            if (c == '{') {
                return object();
            } else if (c == '[') {
                return array();
            } else if (c == '"') {
                return string();
            } else if (text.startsWith("true", at)) {
                at += 4;
                return Boolean.TRUE;
            } else if (text.startsWith("false", at)) {
                at += 5;
                return Boolean.FALSE;
            } else if (text.startsWith("null", at)) {
                at += 4;
                return null;
            }
            return number();
        }

        private Map<String, Object> object() {
            Map<String, Object> object = new LinkedHashMap<>();
            expect('{');
            skipSpaces();
            if (peek() == '}') {
                at++;
                return object;
            }
            do {
                skipSpaces();
                String key = string();
                skipSpaces();
                expect(':');
                object.put(key, value());
                skipSpaces();
            } while (next() == ',');
            at--;
            expect('}');
            return object;
        }

        private List<Object> array() {
            List<Object> array = new ArrayList<>();
            expect('[');
            skipSpaces();
            if (peek() == ']') {
                at++;
                return array;
            }
            do {
                array.add(value());
                skipSpaces();
            } while (next() == ',');
            at--;
            expect(']');
            return array;
        }

        private String string() {
            expect('"');
            StringBuilder string = new StringBuilder();
            for (char c = next(); c != '"'; c = next()) {
                if (c == '\\') {
                    char escaped = next();
                    switch (escaped) {
                        case 'n' -> string.append('\n');
                        case 't' -> string.append('\t');
                        case 'r' -> string.append('\r');
                        case 'b' -> string.append('\b');
                        case 'f' -> string.append('\f');
                        case 'u' -> {
                            if (at + 4 > text.length()) {
                                throw error("a \\u escape needs four hex digits");
                            }
                            string.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> string.append(escaped); // \" \\ \/
                    }
                } else {
                    string.append(c);
                }
            }
            return string.toString();
        }

        private Double number() {
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            try {
                return Double.valueOf(text.substring(start, at));
            } catch (NumberFormatException e) {
                throw error("expected a value");
            }
        }

        private void skipSpaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private char peek() {
            if (at >= text.length()) {
                throw error("unexpected end");
            }
            return text.charAt(at);
        }

        private char next() {
            char c = peek();
            at++;
            return c;
        }

        private void expect(char c) {
            if (next() != c) {
                throw error("expected '" + c + "'");
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at column " + (at + 1) + " of: " + text);
        }
    }
}
