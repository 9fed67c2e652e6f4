/** Internal: the services one {@code Rivulet} owns ({@code Engine}), its settings and master URL parsing. */
package io.rivulet.engine;
