/** Public API: the serializable functional interfaces that transformations and actions take. */
package io.rivulet.function;
