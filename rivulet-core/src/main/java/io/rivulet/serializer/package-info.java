/**
 * Internal: record serialization. {@code ForySerializer} (Apache Fory) for spills, shuffle files, serialized
 * blocks and checkpoints; {@code JavaSerializer} for object files, a format other tools read; {@code ForyCleaner}
 * stops Fory's JVM-wide thread when the last {@code Rivulet} using it closes.
 */
package io.rivulet.serializer;
