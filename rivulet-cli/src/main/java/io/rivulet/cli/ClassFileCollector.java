package io.rivulet.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;

/** A file manager that keeps the class files javac writes in memory, by binary name; all else it forwards. */
final class ClassFileCollector extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final Map<String, byte[]> classes = new ConcurrentHashMap<>();

    ClassFileCollector(StandardJavaFileManager fileManager) {
        super(fileManager);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
            Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
        URI uri = URI.create("memory:///" + className.replace('.', '/') + kind.extension);
        return new SimpleJavaFileObject(uri, kind) {
            @Override
            public OutputStream openOutputStream() {
                return new ByteArrayOutputStream() {
                    @Override
                    public void close() {
                        classes.put(className, toByteArray());
                    }
                };
            }
        };
    }

    /** The class files written so far. */
    Map<String, byte[]> classes() {
        return Map.copyOf(classes);
    }
}
