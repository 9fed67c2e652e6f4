package io.rivulet.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine reads from bottom to top, as the lecture notes do (ARCHITECTURE.md, "Layers, bottom to top"):
 * what every task touches, then memory, storage and shuffles, then lineage, the scheduler, what reads its
 * events, the composition root, and the facade with the one door for the layers above it. Checked over the
 * compiled main classes of rivulet-core.
 *
 * <p>The package {@code io.rivulet} holds two layers: the small public value types (Pair, Partitioner,
 * StorageLevel, events, ...) that every layer may use, and the facade ({@code Rivulet}, {@code RDD},
 * {@code PairRDD}) on top, which no internal package may use.
 */
class LayeringTest {
    private static final String[] ENGINE_PACKAGES = {
        "io.rivulet.util..",
        "io.rivulet.function..",
        "io.rivulet.config..",
        "io.rivulet.task..",
        "io.rivulet.serializer..",
        "io.rivulet.memory..",
        "io.rivulet.storage..",
        "io.rivulet.shuffle..",
        "io.rivulet.io..",
        "io.rivulet.rdd..",
        "io.rivulet.scheduler..",
        "io.rivulet.status..",
        "io.rivulet.ui..",
        "io.rivulet.progress..",
        "io.rivulet.engine.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("io.rivulet");
    }

    /** {@code Rivulet}, {@code RDD}, {@code PairRDD}, {@code RangePartitioner} and their nested classes. */
    private static final DescribedPredicate<JavaClass> FACADE =
            DescribedPredicate.describe("the facade (Rivulet, RDD, PairRDD)", LayeringTest::isFacade);

    private static boolean isFacade(JavaClass javaClass) {
        if (!javaClass.getPackageName().equals("io.rivulet")) {
            return false;
        }
        String topLevel = javaClass.getName().replaceFirst("\\$.*", "");
        return topLevel.equals("io.rivulet.Rivulet")
                || topLevel.equals("io.rivulet.RDD")
                || topLevel.equals("io.rivulet.PairRDD")
                || topLevel.equals("io.rivulet.DoubleRDD")
                // It samples an RDD to choose its bounds, as Spark's does.
                || topLevel.equals("io.rivulet.RangePartitioner");
    }

    private static final DescribedPredicate<JavaClass> API_VALUES = DescribedPredicate.describe(
            "the public value types of io.rivulet", c -> c.getPackageName().equals("io.rivulet") && !isFacade(c));

    @Test
    void internalPackagesHaveNoCycles() {
        slices().matching("io.rivulet.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("Base")
                .definedBy(resideInAnyPackage(
                                "io.rivulet.util..",
                                "io.rivulet.function..",
                                "io.rivulet.config..",
                                "io.rivulet.task..")
                        .or(API_VALUES))
                .layer("Memory")
                .definedBy("io.rivulet.serializer..", "io.rivulet.memory..")
                .layer("Storage")
                .definedBy("io.rivulet.storage..", "io.rivulet.shuffle..", "io.rivulet.io..")
                .layer("Lineage")
                .definedBy("io.rivulet.rdd..")
                .layer("Scheduler")
                .definedBy("io.rivulet.scheduler..")
                .layer("Status")
                .definedBy("io.rivulet.status..", "io.rivulet.ui..", "io.rivulet.progress..")
                .layer("Engine")
                .definedBy("io.rivulet.engine..")
                .layer("Facade")
                .definedBy(resideInAPackage("io.rivulet.internal..").or(FACADE))
                .layer("Sql")
                .definedBy("io.rivulet.sql..")
                .whereLayer("Base")
                .mayOnlyAccessLayers("Base")
                .whereLayer("Memory")
                .mayOnlyAccessLayers("Base", "Memory")
                .whereLayer("Storage")
                .mayOnlyAccessLayers("Base", "Memory", "Storage")
                .whereLayer("Lineage")
                .mayOnlyAccessLayers("Base", "Memory", "Storage", "Lineage")
                .whereLayer("Scheduler")
                .mayOnlyAccessLayers("Base", "Memory", "Storage", "Lineage", "Scheduler")
                .whereLayer("Status")
                .mayOnlyAccessLayers("Base", "Memory", "Storage", "Lineage", "Scheduler", "Status")
                .whereLayer("Engine")
                .mayOnlyBeAccessedByLayers("Facade", "Sql")
                .whereLayer("Facade")
                .mayOnlyBeAccessedByLayers("Sql")
                .check(classes);
    }

    @Test
    void noEnginePackageUsesTheFacade() {
        noClasses()
                .that()
                .resideInAnyPackage(ENGINE_PACKAGES)
                .should()
                .dependOnClassesThat(FACADE)
                .check(classes);
    }

    /** Only {@code Rivulet} reaches both the engine and the SQL layer (API.md): its DataFrame entry points. */
    @Test
    void theEngineNeverDependsOnTheSqlLayer() {
        noClasses()
                .that()
                .resideInAnyPackage(ENGINE_PACKAGES)
                .or(FACADE.and(DescribedPredicate.describe(
                        "not Rivulet",
                        c -> !c.getName().replaceFirst("\\$.*", "").equals("io.rivulet.Rivulet"))))
                .or(API_VALUES)
                .or(resideInAPackage("io.rivulet.internal.."))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.rivulet.sql..")
                .check(classes);
    }

    @Test
    void thePublicValueTypesUseOnlyTheBase() {
        noClasses()
                .that(API_VALUES)
                .should()
                .dependOnClassesThat(resideInAPackage("io.rivulet..")
                        .and(not(resideInAnyPackage(
                                "io.rivulet", "io.rivulet.util..", "io.rivulet.function..", "io.rivulet.task.."))))
                .check(classes);
    }
}
