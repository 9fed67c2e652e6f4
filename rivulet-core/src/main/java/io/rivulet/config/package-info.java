/**
 * Internal: every configuration key in one catalogue ({@code RivuletConfig}: kind, default, check, meaning),
 * and the parsed settings of one {@code Rivulet} ({@code Settings}). The lowest layer, beside {@code util}:
 * anyone may name a key in a message, but only the composition root reads values.
 */
package io.rivulet.config;
