/** Internal: memory accounting (size estimation now; budgets and spilling build on it). */
package io.rivulet.memory;
