/**
 * Internal: the door for the layers above the engine ({@code RivuletInternals}). The DataFrame and SQL layer,
 * runner modules, the command line and tests reach the engine only through it; applications use the public
 * API ({@code io.rivulet}, {@code io.rivulet.function}, {@code io.rivulet.sql}).
 */
package io.rivulet.internal;
