package io.rivulet.sql.execution.join;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.plan.JoinType;

/**
 * What a join of {@code type} does with each side when {@code buildLeft} says which side is held (built, buffered)
 * and which streamed: whether matched pairs are output, and which unmatched or matched rows of each side come out
 * on their own. Every join type works with either side held: a held side that must show its unmatched rows (a
 * full outer join, a left outer join building the left, a semi or anti join building the left) keeps a flag per
 * row and gives them at the end.
 */
record JoinSides(JoinType type, boolean buildLeft) {
    JoinSides {
        requireNonNull(type, "type is null");
    }

    /** Pairs of matching rows are output (inner, cross, outer joins), not only rows of one side. */
    boolean emitsPairs() {
        return type.outputsRight();
    }

    private boolean streamIsLeft() {
        return !buildLeft;
    }

    /** Unmatched streamed rows come out with nulls for the held side's columns. */
    boolean streamPreserved() {
        return type == JoinType.FULL_OUTER
                || (type == JoinType.LEFT_OUTER && streamIsLeft())
                || (type == JoinType.RIGHT_OUTER && buildLeft);
    }

    /** Unmatched held rows come out, at the end, with nulls for the streamed side's columns. */
    boolean buildPreserved() {
        return type == JoinType.FULL_OUTER
                || (type == JoinType.LEFT_OUTER && buildLeft)
                || (type == JoinType.RIGHT_OUTER && streamIsLeft());
    }

    /** A semi join of the streamed (left) side: each streamed row with a match, once. */
    boolean streamSemi() {
        return type == JoinType.LEFT_SEMI && streamIsLeft();
    }

    /** An anti join of the streamed (left) side: each streamed row without a match. */
    boolean streamAnti() {
        return type == JoinType.LEFT_ANTI && streamIsLeft();
    }

    /** A semi join holding the left side: each held row with a match, once, at the end. */
    boolean buildSemi() {
        return type == JoinType.LEFT_SEMI && buildLeft;
    }

    boolean buildAnti() {
        return type == JoinType.LEFT_ANTI && buildLeft;
    }

    /** Whether a flag per streamed row of a batch is needed (its rows come out by whether they matched). */
    boolean tracksStream() {
        return streamPreserved() || streamSemi() || streamAnti();
    }

    /** Whether a flag per held row is needed. */
    boolean tracksBuild() {
        return buildPreserved() || buildSemi() || buildAnti();
    }

    /** Whether the streamed side's columns are in the output. */
    boolean outputsStream() {
        return emitsPairs() || streamSemi() || streamAnti();
    }

    /** Whether the held side's columns are in the output. */
    boolean outputsBuild() {
        return emitsPairs() || buildSemi() || buildAnti();
    }
}
