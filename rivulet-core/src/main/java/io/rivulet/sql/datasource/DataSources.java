package io.rivulet.sql.datasource;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.session.SqlConf;
import io.rivulet.sql.sources.SourceRequest;
import io.rivulet.sql.sources.TableProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * Finds a data source by the name given to {@code format(..)}: a provider's short name in any case
 * ({@code json}, {@code CSV}) or its class name, among the {@link TableProvider}s that {@link ServiceLoader} finds
 * ({@code META-INF/services/io.rivulet.sql.sources.TableProvider}) with the class loader of the calling thread, then
 * this one's. An unknown name fails as Spark's does, naming it.
 */
public final class DataSources {
    private DataSources() {}

    /** The provider named {@code name}. */
    public static TableProvider lookup(String name) {
        requireNonNull(name, "name is null");
        for (TableProvider provider : providers()) {
            if (provider.shortName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))
                    || provider.getClass().getName().equals(name)) {
                return provider;
            }
        }
        throw new io.rivulet.sql.AnalysisException(
                "DATA_SOURCE_NOT_FOUND",
                "Failed to find the data source: " + name
                        + ". Make sure the provider name is correct and the package is properly registered and compatible"
                        + " with your Rivulet version.");
    }

    /** The settings of {@code conf} that sources read. */
    public static SourceRequest.SessionSettings settings(SqlConf conf) {
        return new SourceRequest.SessionSettings(
                conf.timeZone(), conf.maxPartitionBytes(), conf.defaultParallelism(), conf.ansi());
    }

    /** Every provider found, those of the thread's class loader first; a provider found twice counts once. */
    public static List<TableProvider> providers() {
        List<TableProvider> found = new ArrayList<>();
        List<String> names = new ArrayList<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        for (ClassLoader loader : new ClassLoader[] {context, DataSources.class.getClassLoader()}) {
            if (loader == null) {
                continue;
            }
            for (TableProvider provider : ServiceLoader.load(TableProvider.class, loader)) {
                if (!names.contains(provider.getClass().getName())) {
                    names.add(provider.getClass().getName());
                    found.add(provider);
                }
            }
        }
        return found;
    }
}
