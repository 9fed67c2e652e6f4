package io.rivulet.cli;

import static java.util.Objects.requireNonNull;

import java.net.MalformedURLException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.Map;

/**
 * Defines the classes an {@link InMemoryCompiler} produced. Parent first, as usual: a job's class can never
 * hide one of Rivulet's. Their code source is the job's source file, as with {@code java Job.java}.
 */
final class MemoryClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes;
    private final ProtectionDomain domain;

    /** @param classes class files by binary name, like {@code Job$Inner} */
    MemoryClassLoader(Map<String, byte[]> classes, ClassLoader parent, Path source) {
        super(parent);
        this.classes = Map.copyOf(requireNonNull(classes, "classes is null"));
        this.domain = new ProtectionDomain(codeSource(source), null, this, null);
    }

    private static CodeSource codeSource(Path source) {
        try {
            return new CodeSource(source.toAbsolutePath().toUri().toURL(), (Certificate[]) null);
        } catch (MalformedURLException e) {
            throw new IllegalStateException("a file path should make a URL: " + source, e);
        }
    }

    /** The class files it defines, by binary name (for the compile cache). */
    Map<String, byte[]> classBytes() {
        return classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length, domain);
    }
}
