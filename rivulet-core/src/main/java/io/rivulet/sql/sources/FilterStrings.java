package io.rivulet.sql.sources;

import java.util.List;
import java.util.stream.Collectors;

/** Filters printed as Spark prints pushed filters in plans: {@code GreaterThan(a,5)}, not as records print. */
public final class FilterStrings {
    private FilterStrings() {}

    /** {@code [IsNotNull(a), GreaterThan(a,5)]}, as Spark prints pushed filters. */
    public static String list(List<Filter> filters) {
        return filters.stream().map(FilterStrings::of).collect(Collectors.joining(", ", "[", "]"));
    }

    public static String of(Filter filter) {
        if (filter instanceof Filter.And f) {
            return "And(" + of(f.left()) + "," + of(f.right()) + ")";
        } else if (filter instanceof Filter.Or f) {
            return "Or(" + of(f.left()) + "," + of(f.right()) + ")";
        } else if (filter instanceof Filter.Not f) {
            return "Not(" + of(f.child()) + ")";
        } else if (filter instanceof Filter.EqualTo f) {
            return "EqualTo(" + f.attribute() + "," + f.value() + ")";
        } else if (filter instanceof Filter.EqualNullSafe f) {
            return "EqualNullSafe(" + f.attribute() + "," + f.value() + ")";
        } else if (filter instanceof Filter.GreaterThan f) {
            return "GreaterThan(" + f.attribute() + "," + f.value() + ")";
        } else if (filter instanceof Filter.GreaterThanOrEqual f) {
            return "GreaterThanOrEqual(" + f.attribute() + "," + f.value() + ")";
        } else if (filter instanceof Filter.LessThan f) {
            return "LessThan(" + f.attribute() + "," + f.value() + ")";
        } else if (filter instanceof Filter.LessThanOrEqual f) {
            return "LessThanOrEqual(" + f.attribute() + "," + f.value() + ")";
        } else if (filter instanceof Filter.In f) {
            return "In(" + f.attribute() + ", " + f.values() + ")";
        } else if (filter instanceof Filter.IsNull f) {
            return "IsNull(" + f.attribute() + ")";
        } else if (filter instanceof Filter.IsNotNull f) {
            return "IsNotNull(" + f.attribute() + ")";
        } else if (filter instanceof Filter.StringStartsWith f) {
            return "StringStartsWith(" + f.attribute() + "," + f.value() + ")";
        } else if (filter instanceof Filter.StringEndsWith f) {
            return "StringEndsWith(" + f.attribute() + "," + f.value() + ")";
        } else if (filter instanceof Filter.StringContains f) {
            return "StringContains(" + f.attribute() + "," + f.value() + ")";
        } else if (filter instanceof Filter.AlwaysTrue) {
            return "AlwaysTrue()";
        }
        return "AlwaysFalse()";
    }
}
