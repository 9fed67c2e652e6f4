/** Internal: small helpers (argument checks, lazy iterators, call sites, thread naming). */
package io.rivulet.util;
