package io.rivulet.sql.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.Rivulet;
import io.rivulet.sql.Column;
import io.rivulet.sql.DataFrame;
import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.functions;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every column-building method of {@code functions}, called with plain arguments and analyzed: each names a function
 * the registry knows, with an argument count it accepts. Type errors are allowed (the arguments are generic); an
 * unknown routine, a wrong count or a crash is not, since a user would meet it on first use.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunctionsCatalogueTest {
    private Rivulet rv;
    private DataFrame table;

    @BeforeAll
    void start() {
        rv = Rivulet.builder().master("local[1]").build();
        StructType schema = new StructType()
                .add("i", DataTypes.IntegerType)
                .add("s", DataTypes.StringType)
                .add("d", DataTypes.DoubleType);
        table = rv.createDataFrame(List.of(RowFactory.create(1, "a", 0.5)), schema);
    }

    @AfterAll
    void stop() {
        rv.close();
    }

    @Test
    void everyFunctionResolvesByNameAndArgumentCount() throws IllegalAccessException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Method method : functions.class.getMethods()) {
            Object[] arguments = arguments(method);
            // Their first argument names a function; callFunctionReachesBuiltinsByName covers them.
            boolean namesAFunction =
                    method.getName().equals("callUDF") || method.getName().equals("call_function");
            if (!Modifier.isStatic(method.getModifiers())
                    || method.getReturnType() != Column.class
                    || arguments == null
                    || namesAFunction) {
                continue;
            }
            checked++;
            String call = method.getName()
                    + List.of(method.getParameterTypes()).stream()
                            .map(Class::getSimpleName)
                            .toList();
            try {
                Column column = (Column) method.invoke(null, arguments);
                table.select(column).schema();
            } catch (InvocationTargetException e) {
                broken.add(call + " could not build its column: " + e.getCause());
            } catch (RuntimeException e) {
                String message = String.valueOf(e.getMessage());
                if (message.contains("UNRESOLVED_ROUTINE")
                        || message.contains("WRONG_NUM_ARGS")
                        || !message.startsWith("[")) {
                    broken.add(call + ": " + message);
                }
            }
        }
        assertThat(checked).as("methods called").isGreaterThan(250);
        assertThat(broken).isEmpty();
    }

    /** Plain arguments for {@code method}, or null when it takes something this test cannot make up. */
    private static Object[] arguments(Method method) {
        Class<?>[] types = method.getParameterTypes();
        Object[] arguments = new Object[types.length];
        for (int k = 0; k < types.length; k++) {
            Object argument = argument(types[k]);
            if (argument == null) {
                return null;
            }
            arguments[k] = argument;
        }
        return arguments;
    }

    private static Object argument(Class<?> type) {
        if (type == Column.class) {
            return functions.col("i");
        } else if (type == Column[].class) {
            return new Column[] {functions.col("i"), functions.col("i")};
        } else if (type == String.class) {
            return "i";
        } else if (type == String[].class) {
            return new String[] {"i"};
        } else if (type == int.class) {
            return 1;
        } else if (type == long.class) {
            return 1L;
        } else if (type == double.class) {
            return 0.5;
        } else if (type == boolean.class) {
            return true;
        } else if (type == Object.class) {
            return 1;
        } else if (type == DataType.class) {
            return DataTypes.LongType;
        }
        return null;
    }

    @Test
    void soundexCodesAsSparks() {
        DataFrame names = rv.createDataFrame(
                List.of("Miller", "Robert", "Rupert", "Pfister", "Ashcraft", "Tymczak", "123", "").stream()
                        .map(RowFactory::create)
                        .toList(),
                new StructType().add("name", DataTypes.StringType));
        List<String> codes = names.select(functions.soundex(functions.col("name"))).collectAsList().stream()
                .map(r -> r.getString(0))
                .toList();
        assertThat(codes).containsExactly("M460", "R163", "R163", "P236", "A261", "T522", "123", "");
    }

    @Test
    void callFunctionReachesBuiltinsByName() {
        Row row = table.select(functions.call_function("upper", functions.col("s")))
                .first();
        assertThat(row.getString(0)).isEqualTo("A");
    }
}
