package io.rivulet.sql.expr;

import static io.rivulet.sql.expr.Exprs.batch;
import static io.rivulet.sql.expr.Exprs.col;
import static io.rivulet.sql.expr.Exprs.eval;
import static io.rivulet.sql.expr.Exprs.evalConstant;
import static io.rivulet.sql.expr.Exprs.lit;
import static io.rivulet.sql.expr.Exprs.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.sql.GenericRow;
import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NestedTest {
    private static final DataType INT = DataTypes.IntegerType;
    private static final ArrayType INTS = new ArrayType(INT, true);
    private static final MapType MAP = new MapType(DataTypes.StringType, INT, true);

    @Test
    void constructorsAndExtraction() {
        ColumnBatch b = batch(vector(INT, 1, null), vector(INT, 2, 3));
        CreateArray array = new CreateArray(List.of(col(0, INT), col(1, INT)));
        assertThat(eval(array, b)).containsExactly(List.of(1, 2), Arrays.asList(null, 3));
        assertThat(array.dataType()).isEqualTo(INTS);
        CreateNamedStruct struct = CreateNamedStruct.struct(List.of(UnresolvedAttribute.of("a"), lit(2)));
        assertThat(struct.names()).containsExactly("a", "col2");
        assertThat(struct.sql()).isEqualTo("struct(a, 2)");
        CreateNamedStruct bound =
                new CreateNamedStruct(List.of("x", "y"), List.of(col(0, INT), col(1, INT)), "named_struct");
        List<Object> rows = eval(bound, b);
        assertThat(((GenericRow) rows.get(1)).get(0)).isNull();
        assertThat(eval(new GetStructField(bound, 1, "y"), b)).containsExactly(2, 3);
        assertThat(bound.sql()).isEqualTo("named_struct(x, input[0], y, input[1])");
        CreateMap map = new CreateMap(List.of(lit("k"), col(1, INT)));
        assertThat(eval(map, b)).containsExactly(Map.of("k", 2), Map.of("k", 3));
        assertThatThrownBy(() -> evalConstant(new CreateMap(List.of(lit("k"), lit(1), lit("k"), lit(2)))))
                .hasMessageStartingWith("[DUPLICATED_MAP_KEY] Duplicate map key 'k' was found");
    }

    @Test
    void elementAtIsOneBasedAndNegativeFromTheEnd() {
        ColumnBatch b = batch(vector(INTS, List.of(1, 2, 3), null), vector(INT, -1, 1));
        assertThat(eval(new ElementAt(col(0, INTS), col(1, INT), EvalMode.ANSI), b))
                .containsExactly(3, null);
        ColumnBatch oob = batch(vector(INTS, List.of(1, 2, 3, 4, 5)), vector(INT, 8));
        assertThatThrownBy(() -> eval(new ElementAt(col(0, INTS), col(1, INT), EvalMode.ANSI), oob))
                .isInstanceOf(ArrayIndexOutOfBoundsException.class)
                .hasMessageStartingWith("[INVALID_ARRAY_INDEX_IN_ELEMENT_AT] The index 8 is out of bounds. The array"
                        + " has 5 elements. Use `try_element_at`");
        assertThat(eval(new ElementAt(col(0, INTS), col(1, INT), EvalMode.TRY), oob))
                .containsExactly((Object) null);
        assertThat(eval(new ElementAt(col(0, INTS), col(1, INT), EvalMode.LEGACY), oob))
                .containsExactly((Object) null);
        assertThatThrownBy(() -> evalConstant(new ElementAt(new CreateArray(List.of(lit(1))), lit(0), EvalMode.LEGACY)))
                .hasMessageStartingWith("[INVALID_INDEX_OF_ZERO]");
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("a", 1);
        ColumnBatch maps = batch(vector(MAP, m, m), vector(DataTypes.StringType, "a", "z"));
        assertThat(eval(new ElementAt(col(0, MAP), col(1, DataTypes.StringType), EvalMode.ANSI), maps))
                .containsExactly(1, null);
        assertThat(eval(new GetMapValue(col(0, MAP), col(1, DataTypes.StringType)), maps))
                .containsExactly(1, null);
        assertThat(eval(new GetArrayItem(col(0, INTS), lit(0)), b)).containsExactly(1, null);
    }

    @Test
    void sizeOfNullDependsOnAnsiMode() {
        ColumnBatch b = batch(vector(INTS, List.of(1, 2), null, List.of()));
        assertThat(eval(new Size(col(0, INTS)), b)).containsExactly(2, null, 0);
        EvalContext legacy = new EvalContext(Exprs.UTC, false, 0);
        assertThat(Exprs.values(new Size(col(0, INTS)).eval(b, legacy))).containsExactly(2, -1, 0);
    }

    @Test
    void collectionKernels() {
        Expression arr = new CreateArray(List.of(lit(1), lit(2), lit(3), Literal.ofNull(INT), lit(3)));
        assertThat(evalConstant(ScalarFunction.of("array_distinct", arr))).isEqualTo(Arrays.asList(1, 2, 3, null));
        assertThat(evalConstant(ScalarFunction.of("array_contains", arr, lit(2))))
                .isEqualTo(true);
        assertThat(evalConstant(ScalarFunction.of("array_contains", arr, lit(9))))
                .isNull();
        assertThat(evalConstant(ScalarFunction.of("sort_array", arr, lit(true))))
                .isEqualTo(Arrays.asList(null, 1, 2, 3, 3));
        assertThat(evalConstant(ScalarFunction.of("sort_array", arr, lit(false))))
                .isEqualTo(Arrays.asList(3, 3, 2, 1, null));
        assertThat(evalConstant(ScalarFunction.of("array_join", arr, lit(",")))).isEqualTo("1,2,3,3");
        assertThat(evalConstant(ScalarFunction.of("array_join", arr, lit(","), lit("?"))))
                .isEqualTo("1,2,3,?,3");
        assertThat(evalConstant(ScalarFunction.of("array_max", arr))).isEqualTo(3);
        assertThat(evalConstant(ScalarFunction.of("slice", arr, lit(-2), lit(5))))
                .isEqualTo(Arrays.asList(null, 3));
        Expression map = new CreateMap(List.of(lit(1), lit("a"), lit(2), lit("b")));
        assertThat(evalConstant(ScalarFunction.of("map_keys", map))).isEqualTo(List.of(1, 2));
        assertThat(evalConstant(ScalarFunction.of("map_values", map))).isEqualTo(List.of("a", "b"));
        Expression nan = new CreateArray(List.of(lit(Double.NaN), lit(Double.NaN), lit(-0.0), lit(0.0)));
        assertThat(evalConstant(ScalarFunction.of("array_distinct", nan))).isEqualTo(List.of(Double.NaN, -0.0));
    }

    @Test
    void explodeAndPosExplodeWithOuter() {
        ColumnBatch b = batch(vector(INTS, List.of(10, 20), null, List.of(), List.of(30)));
        Generator.Generated g = new Explode(col(0, INTS)).generate(b, false, Exprs.context());
        assertThat(g.parents()).containsExactly(0, 0, 3);
        assertThat(Exprs.values(g.rows().column(0))).containsExactly(10, 20, 30);
        Generator.Generated outer = new PosExplode(col(0, INTS)).generate(b, true, Exprs.context());
        assertThat(outer.parents()).containsExactly(0, 0, 1, 2, 3);
        assertThat(Exprs.values(outer.rows().column(0))).containsExactly(0, 1, null, null, 0);
        assertThat(Exprs.values(outer.rows().column(1))).containsExactly(10, 20, null, null, 30);
        assertThat(new PosExplode(col(0, INTS)).elementSchema().fieldNames()).containsExactly("pos", "col");
        assertThat(new Explode(col(0, MAP)).elementSchema().fieldNames()).containsExactly("key", "value");
        GeneratorOuter wrapped = new GeneratorOuter(new Explode(UnresolvedAttribute.of("a")));
        assertThat(wrapped.sql()).isEqualTo("explode_outer(a)");
        assertThat(new GeneratorOuter(new Explode(col(0, INTS)))
                        .generate(b, false, Exprs.context())
                        .parents())
                .containsExactly(0, 0, 1, 2, 3);
    }

    @Test
    void structOfStructs() {
        StructType inner = new StructType().add("v", INT);
        StructType outer = new StructType().add("s", inner);
        ColumnBatch b = batch(vector(
                outer, new GenericRow(new Object[] {new GenericRow(new Object[] {7}, inner)}, outer), null));
        Expression field = new GetStructField(new GetStructField(col(0, outer), 0, "s"), 0, "v");
        assertThat(eval(field, b)).containsExactly(7, null);
    }
}
