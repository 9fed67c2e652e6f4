import static io.rivulet.sql.functions.avg;
import static io.rivulet.sql.functions.col;
import static io.rivulet.sql.functions.count;
import static io.rivulet.sql.functions.max;
import static io.rivulet.sql.functions.round;

import io.rivulet.Rivulet;
import io.rivulet.sql.DataFrame;

/**
 * The people of PeopleByCountry.java, with DataFrames instead of hand-written parsing: the JSON lines read with
 * their schema inferred, the malformed line kept aside in {@code _corrupt_record}, the same question asked with the
 * DataFrame API and with SQL, and the plan the optimizer made of it.
 *
 * <pre>bin/rivulet run examples/PeopleDataFrame.java [file.jsonl]</pre>
 */
public class PeopleDataFrame {
    public static void main(String[] args) {
        String path = args.length > 0 ? args[0] : "examples/data/people.jsonl";
        try (Rivulet rv = Rivulet.builder().appName("people-dataframe").build()) {
            DataFrame people = rv.read().json(path).cache();
            people.printSchema();

            DataFrame valid = people.filter(col("_corrupt_record").isNull()).drop("_corrupt_record");
            DataFrame byCountry = valid.na()
                    .fill("(unknown)", new String[] {"country"})
                    .groupBy("country")
                    .agg(count("*").as("people"), round(avg("age"), 1).as("average_age"), max("age").as("oldest"))
                    .orderBy(col("people").desc(), col("country"));
            byCountry.show();

            valid.createOrReplaceTempView("persons");
            rv.sql("""
                    SELECT country, COUNT(*) AS n FROM persons
                    WHERE age >= 65 GROUP BY country HAVING COUNT(*) >= 2
                    ORDER BY country DESC NULLS FIRST""")
                    .show();

            System.out.println("malformed lines: " + people.filter(col("_corrupt_record").isNotNull()).count());
            byCountry.explain();
        }
    }
}
