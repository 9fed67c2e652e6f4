package io.rivulet.sql.expr;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Every {@link ScalarKernel}, by name (lower case). */
final class ScalarKernels {
    private static final Map<String, ScalarKernel> KERNELS = new LinkedHashMap<>();

    static {
        register(StringScalars.kernels());
        register(DateScalars.kernels());
        register(CollectionScalars.kernels());
        register(MathScalars.kernels());
    }

    private ScalarKernels() {}

    private static void register(java.util.List<ScalarKernel> kernels) {
        for (ScalarKernel kernel : kernels) {
            if (KERNELS.put(kernel.name.toLowerCase(Locale.ROOT), kernel) != null) {
                throw new IllegalStateException("two kernels named " + kernel.name);
            }
        }
    }

    static ScalarKernel get(String name) {
        ScalarKernel kernel = KERNELS.get(name.toLowerCase(Locale.ROOT));
        if (kernel == null) {
            throw new IllegalArgumentException("no scalar function named " + name);
        }
        return kernel;
    }

    static boolean has(String name) {
        return KERNELS.containsKey(name.toLowerCase(Locale.ROOT));
    }

    static Iterable<ScalarKernel> all() {
        return KERNELS.values();
    }
}
