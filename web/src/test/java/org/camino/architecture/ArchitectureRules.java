package org.camino.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.List;
import java.util.Optional;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Camino's architecture as rules (docs/architecture.md says the same in
 * prose). Each rule is written for a root package, so that the rules check
 * {@code org.camino} in {@link ArchitectureTest} and a set of deliberately
 * wrong classes in {@link ArchitectureRulesCatchViolationsTest}.
 *
 * <p>Vocabulary: an <em>area</em> is {@code <root>.<area>} (cases, returns,
 * security, repository, ...); its <em>layers</em> are its sub-packages
 * {@code boundary} (and {@code batch}, the job steps the batch runtime calls),
 * {@code control} and {@code entity}. {@code platform} is the foundation every
 * area and {@code web} may use; {@code web} is the Faces and REST module.
 */
final class ArchitectureRules {

    /** Areas that hold case data: they announce what happened and never call the statistics areas. */
    static final List<String> CASE_AREAS = List.of("cases", "resettlement", "returns", "health", "trafficking");

    /** Areas that work on clear statistical data only. */
    static final List<String> STATISTICS_AREAS = List.of("repository", "reporting", "publishing");

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    /** No cycle between two layers of any areas (cases.control -> security.control -> cases.boundary -> ...). */
    ArchRule noCyclesBetweenLayers() {
        return slices().matching(root + ".(*).(*)..").namingSlices("$1.$2").should().beFreeOfCycles()
                .because("a cycle makes two packages one: neither can change, be tested or be read without the other");
    }

    /** No cycle between areas: an area that needs another sits above it, never beside it both ways. */
    ArchRule noCyclesBetweenAreas() {
        return slices().matching(root + ".(*)..").namingSlices("$1").should().beFreeOfCycles()
                .because("areas are stacked (platform, security, missions, cases, programme areas, statistics, seeding, web)");
    }

    /** Inside one area, boundary (and batch) -> control -> entity; never back up. */
    ArchRule layersPointDownInsideAnArea() {
        return classes().that().resideInAPackage(root + ".*..").should(new ArchCondition<JavaClass>(
                "depend on their own area's layers only downwards (boundary/batch -> control -> entity)") {
            @Override
            public void check(JavaClass source, ConditionEvents events) {
                Optional<AreaLayer> from = AreaLayer.of(root, source);
                if (from.isEmpty()) {
                    return;
                }
                for (Dependency dependency : source.getDirectDependenciesFromSelf()) {
                    AreaLayer.of(root, dependency.getTargetClass())
                            .filter(to -> to.area().equals(from.get().area()) && to.rank() < from.get().rank())
                            .ifPresent(to -> events.add(SimpleConditionEvent.violated(dependency,
                                    dependency.getDescription() + " points up from " + from.get() + " to " + to)));
                }
            }
        }).because("a control or entity class that knows its boundary's forms or views cannot be reused or tested without them");
    }

    /** web reaches ejb through boundaries (and platform) only, and never an unguarded bean of a boundary. */
    ArchRule webUsesBoundariesOnly() {
        return noClasses().that().resideInAPackage(root + ".web..").should().dependOnClassesThat(
                        DescribedPredicate.describe("are in ejb outside a boundary and platform, or are an unguarded bean",
                                (JavaClass target) -> target.getPackageName().startsWith(root + ".")
                                        && !target.getPackageName().startsWith(root + ".web")
                                        && !target.getPackageName().startsWith(root + ".platform")
                                        && (!target.getPackageName().contains(".boundary") || isUnguardedBean(target))))
                .because("boundaries check permissions and open transactions; control and entity classes do neither");
    }

    /** Keys and ciphers are the crypto area's alone. Hashes (SHA-256) and random tokens are not keys. */
    ArchRule onlyCryptoTouchesKeysAndCiphers() {
        return noClasses().that().resideOutsideOfPackage(root + ".crypto..").and().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.crypto..", "org.jasypt..", "java.security.spec..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.Key")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.KeyStore")
                .because("one place holds key material, so one place can be reviewed for it");
    }

    /** repository, reporting and publishing see clear statistical data only. */
    ArchRule statisticsAreasNeverSeeEncryptedData() {
        String[] statistics = STATISTICS_AREAS.stream().map(a -> root + "." + a + "..").toArray(String[]::new);
        return noClasses().that().resideInAnyPackage(statistics)
                .should().dependOnClassesThat().resideInAPackage(root + ".crypto..")
                .orShould().dependOnClassesThat(holdEncryptedFields())
                .allowEmptyShould(true)
                .because("statistics must be computable by someone who may never read a name (DESIGN.md, statistics pipeline)");
    }

    /** publishing builds on the central data repository alone (and the foundation: platform, security). */
    ArchRule publishingDependsOnRepositoryOnly() {
        return classes().that().resideInAPackage(root + ".publishing..")
                .should().onlyDependOnClassesThat(DescribedPredicate.describe(
                        "are outside " + root + " or in publishing, repository, platform or security",
                        (JavaClass target) -> !target.getPackageName().startsWith(root + ".")
                                || resideInAnyPackage(root + ".publishing..", root + ".repository..",
                                root + ".platform..", root + ".security..").test(target)))
                .allowEmptyShould(true)
                .because("a published figure must be derivable from the repository's records, and from nothing else");
    }

    /** The case areas announce events; they never call the statistics areas (which sit above them). */
    ArchRule caseAreasDoNotKnowTheStatisticsAreas() {
        String[] cases = CASE_AREAS.stream().map(a -> root + "." + a + "..").toArray(String[]::new);
        String[] statistics = STATISTICS_AREAS.stream().map(a -> root + "." + a + "..").toArray(String[]::new);
        return noClasses().that().resideInAnyPackage(cases)
                .should().dependOnClassesThat().resideInAnyPackage(statistics)
                .because("a case save must not fail or wait because a report or the repository changed");
    }

    /** platform is the foundation: it uses nothing of Camino's. */
    ArchRule platformDependsOnNothingOfCaminos() {
        return classes().that().resideInAPackage(root + ".platform..")
                .should().onlyDependOnClassesThat(DescribedPredicate.describe("are outside " + root + " or in platform",
                        (JavaClass target) -> !target.getPackageName().startsWith(root + ".")
                                || target.getPackageName().startsWith(root + ".platform")))
                .because("everything may use platform, so platform may use nothing, or every area is in one cycle");
    }

    List<ArchRule> all() {
        return List.of(noCyclesBetweenLayers(), noCyclesBetweenAreas(), layersPointDownInsideAnArea(),
                webUsesBoundariesOnly(), onlyCryptoTouchesKeysAndCiphers(), statisticsAreasNeverSeeEncryptedData(),
                publishingDependsOnRepositoryOnly(), caseAreasDoNotKnowTheStatisticsAreas(),
                platformDependsOnNothingOfCaminos());
    }

    /** JPA entities that keep a field through the crypto area (they call EncryptedField in their accessors). */
    private DescribedPredicate<JavaClass> holdEncryptedFields() {
        return DescribedPredicate.describe("hold encrypted fields (an entity that uses " + root + ".crypto)",
                (JavaClass target) -> target.getPackageName().contains(".entity")
                        && target.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().getPackageName().startsWith(root + ".crypto")));
    }

    /** A bean (EJB or CDI) in a boundary that does not check permissions: a helper of that boundary, not for web. */
    private static boolean isUnguardedBean(JavaClass target) {
        boolean bean = target.getAnnotations().stream().map(a -> a.getRawType().getName()).anyMatch(name ->
                name.startsWith("jakarta.ejb.") || name.startsWith("jakarta.enterprise.context."));
        boolean guarded = target.getAnnotations().stream().anyMatch(a -> a.getRawType().getSimpleName().equals("Guarded"));
        return bean && !guarded;
    }

    /** Where a class sits: its area and layer, ranked boundary/batch 0, control 1, entity 2. */
    record AreaLayer(String area, String layer, int rank) {

        static Optional<AreaLayer> of(String root, JavaClass type) {
            String name = type.getPackageName();
            if (!name.startsWith(root + ".")) {
                return Optional.empty();
            }
            String[] parts = name.substring(root.length() + 1).split("\\.");
            if (parts.length < 2) {
                return Optional.empty();
            }
            int rank = switch (parts[1]) {
                case "boundary", "batch" -> 0;
                case "control" -> 1;
                case "entity" -> 2;
                default -> -1;
            };
            return rank < 0 ? Optional.empty() : Optional.of(new AreaLayer(parts[0], parts[1], rank));
        }

        @Override
        public String toString() {
            return area + "." + layer;
        }
    }
}
