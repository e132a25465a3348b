package dev.folio.profile;

import java.util.Optional;

/** Which way a metric improves. */
public enum Direction {
    LOWER_IS_BETTER("lower-is-better"),
    HIGHER_IS_BETTER("higher-is-better");

    private final String key;

    Direction(String key) {
        this.key = key;
    }

    /** The spelling used in profile.yml. */
    public String key() {
        return key;
    }

    public static Optional<Direction> of(String key) {
        for (Direction d : values()) {
            if (d.key.equals(key)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
