package dev.folio.build;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Runs bench/GenSites.java, the benchmark's site generator, in this JVM: compiled once, then called. */
public final class BenchSites {

    private static Class<?> generator;

    private BenchSites() {}

    /** {@code java bench/GenSites.java args...} */
    public static synchronized void generate(String... args) {
        try {
            if (generator == null) {
                Path classes = Files.createTempDirectory("folio-gensites-");
                classes.toFile().deleteOnExit();
                JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
                StringWriter errors = new StringWriter();
                boolean ok = javac.getTask(errors, null, null, List.of("-d", classes.toString()), null,
                        javac.getStandardFileManager(null, null, null).getJavaFileObjects(
                                TestSites.STARTER.resolve("bench/GenSites.java").toFile())).call();
                if (!ok) {
                    throw new IllegalStateException("bench/GenSites.java does not compile:\n" + errors);
                }
                generator = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
                        BenchSites.class.getClassLoader()).loadClass("GenSites");
            }
            generator.getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
