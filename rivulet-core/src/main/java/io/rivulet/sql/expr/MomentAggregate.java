package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import java.util.List;

/**
 * What {@code stddev_pop}, {@code stddev_samp}, {@code var_pop} and {@code var_samp} share: one double argument,
 * a nullable double result, and a {@link MomentState} (count, mean, M2) that only their finishing formula tells
 * apart ({@link #kind()}).
 */
interface MomentAggregate extends AggregateFunction, ImplicitCastInputTypes {
    Expression child();

    String name();

    MomentState.Kind kind();

    @Override
    default List<ExpectedType> inputTypes() {
        return List.of(ExpectedType.DOUBLE);
    }

    @Override
    default List<Expression> children() {
        return List.of(child());
    }

    @Override
    default DataType dataType() {
        return DataTypes.DoubleType;
    }

    @Override
    default boolean nullable() {
        return true;
    }

    @Override
    default boolean foldable() {
        return false;
    }

    @Override
    default List<DataType> stateTypes() {
        return List.of(DataTypes.DoubleType, DataTypes.DoubleType, DataTypes.DoubleType);
    }

    @Override
    default GroupedState newState() {
        return new MomentState(kind());
    }

    @Override
    default String sql() {
        return name() + "(" + child().sql() + ")";
    }
}
