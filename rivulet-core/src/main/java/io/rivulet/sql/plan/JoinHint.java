package io.rivulet.sql.plan;

/** What the user asked of a join's strategy ({@code broadcast(df)}): nothing, or to broadcast one side. */
public enum JoinHint {
    NONE,
    BROADCAST_LEFT,
    BROADCAST_RIGHT;

    @Override
    public String toString() {
        return switch (this) {
            case NONE -> "";
            case BROADCAST_LEFT -> "leftHint=(strategy=broadcast)";
            case BROADCAST_RIGHT -> "rightHint=(strategy=broadcast)";
        };
    }
}
