package io.rivulet.sql.plan;

import java.util.Locale;

/** The kinds of join, with the names Spark's {@code join(other, on, how)} accepts for each. */
public enum JoinType {
    INNER("Inner", "inner"),
    CROSS("Cross", "cross"),
    LEFT_OUTER("LeftOuter", "left", "leftouter", "left_outer"),
    RIGHT_OUTER("RightOuter", "right", "rightouter", "right_outer"),
    FULL_OUTER("FullOuter", "outer", "full", "fullouter", "full_outer"),
    LEFT_SEMI("LeftSemi", "semi", "leftsemi", "left_semi"),
    LEFT_ANTI("LeftAnti", "anti", "leftanti", "left_anti");

    private final String planName;
    private final String[] names;

    JoinType(String planName, String... names) {
        this.planName = planName;
        this.names = names;
    }

    /** The type {@code how} names, case-insensitive, underscores optional (as Spark's {@code JoinType(typ)}). */
    public static JoinType fromName(String how) {
        String normalized = how.toLowerCase(Locale.ROOT).replace("_", "");
        for (JoinType type : values()) {
            for (String name : type.names) {
                if (name.replace("_", "").equals(normalized)) {
                    return type;
                }
            }
        }
        throw new IllegalArgumentException("Unsupported join type '" + how + "'. Supported join types include:"
                + " 'inner', 'outer', 'full', 'fullouter', 'full_outer', 'leftouter', 'left', 'left_outer',"
                + " 'rightouter', 'right', 'right_outer', 'leftsemi', 'left_semi', 'semi', 'leftanti', 'left_anti',"
                + " 'anti', 'cross'.");
    }

    /** Whether the output has the right side's columns (not for semi and anti joins). */
    public boolean outputsRight() {
        return this != LEFT_SEMI && this != LEFT_ANTI;
    }

    /** The side whose columns become nullable: a left outer join's right side, say. */
    public boolean nullableLeft() {
        return this == RIGHT_OUTER || this == FULL_OUTER;
    }

    public boolean nullableRight() {
        return this == LEFT_OUTER || this == FULL_OUTER;
    }

    @Override
    public String toString() {
        return planName;
    }
}
