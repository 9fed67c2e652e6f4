/** Internal: record serialization for disk-persisted blocks and object files. */
package io.rivulet.serializer;
