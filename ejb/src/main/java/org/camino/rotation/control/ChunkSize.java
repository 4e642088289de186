package org.camino.rotation.control;

/** Rows per chunk (and per page read): the job parameter {@code chunkSize}, 500 unless set. */
public final class ChunkSize {

    public static final int DEFAULT = 500;
    public static final String SETTING = "CAMINO_KEY_ROTATION_CHUNK_SIZE";

    private ChunkSize() {
    }

    public static int parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        int size = Integer.parseInt(value.trim());
        if (size < 1 || size > 10_000) {
            throw new IllegalArgumentException(SETTING + " must be between 1 and 10000, not " + size);
        }
        return size;
    }
}
