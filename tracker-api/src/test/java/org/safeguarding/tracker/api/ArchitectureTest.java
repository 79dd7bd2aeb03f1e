package org.safeguarding.tracker.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.domain.agency.AgencyRegistry;
import org.safeguarding.tracker.domain.recommendation.RecommendationRegistry;
import org.safeguarding.tracker.domain.review.ReviewEntry;
import org.safeguarding.tracker.domain.review.ReviewRegistry;

/** The layers stay honest: api → projections → domain, and the domain knows no Spring and no SQL. */
class ArchitectureTest {

    private static final JavaClasses TRACKER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.safeguarding.tracker");
    private static final Pattern CREATE_TABLE = Pattern.compile("create table (\\w+)", Pattern.CASE_INSENSITIVE);
    /** The processors' tracking tokens: the projections' own bookmark in the log, theirs to read. */
    private static final String TOKEN_TABLE = "token_entry";

    @Test
    void theDomainKnowsNoSpringNoSqlAndNoOuterLayer() {
        noClasses().that().resideInAPackage("..tracker.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "jakarta..", "com.fasterxml..", "..tracker.projections..", "..tracker.api..")
                .check(TRACKER);
    }

    @Test
    void theProjectionsDoNotKnowTheApi() {
        noClasses().that().resideInAPackage("..tracker.projections..")
                .should().dependOnClassesThat().resideInAPackage("..tracker.api..")
                .check(TRACKER);
    }

    @Test
    void theProjectionsDoNotUseTheRegistries() {
        noClasses().that().resideInAPackage("..tracker.projections..")
                .should().dependOnClassesThat().belongToAnyOf(AgencyRegistry.class, ReviewRegistry.class,
                        RecommendationRegistry.class, ReviewEntry.class)
                .check(TRACKER);
    }

    /**
     * A projection is rebuilt from the events alone, so no projection class names a table of the command side:
     * those created by the api module's own migrations (event store, registries, idempotency), all but the
     * processors' token table. ArchUnit sees dependencies, not SQL, so this reads each projection class file:
     * every string literal, text blocks and the constant parts of a concatenation included, lies verbatim in
     * its constant pool. A table name built at run time from pieces would escape it; none is.
     */
    @Test
    void noProjectionNamesACommandSideTable() throws IOException {
        Set<String> commandSide = commandSideTables();
        assertThat(commandSide).contains("domain_event_entry", "review_registry", "agency_registry",
                "recommendation_registry", "idempotent_request").doesNotContain(TOKEN_TABLE);

        List<String> found = new ArrayList<>();
        List<JavaClass> projections = TRACKER.stream()
                .filter(type -> type.getPackageName().startsWith("org.safeguarding.tracker.projections")).toList();
        for (JavaClass projection : projections) {
            String constants = classFile(projection);
            for (String table : commandSide) {
                if (Pattern.compile("\\b" + table + "\\b").matcher(constants).find()) {
                    found.add(projection.getName() + " names " + table);
                }
            }
        }
        assertThat(projections).hasSizeGreaterThan(20);
        assertThat(found).as("projections reading command-side tables").isEmpty();
    }

    /** The tables the api module's migrations create (it owns them), found next to its own classes. */
    private static Set<String> commandSideTables() throws IOException {
        Path migrations;
        try {
            migrations = Path.of(TrackerApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve("db/migration");
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher created = CREATE_TABLE.matcher(Files.readString(file));
                while (created.find()) {
                    tables.add(created.group(1).toLowerCase());
                }
            }
        }
        tables.remove(TOKEN_TABLE);
        return tables;
    }

    private static String classFile(JavaClass type) throws IOException {
        try (InputStream bytes = type.getSource().orElseThrow().getUri().toURL().openStream()) {
            // ISO-8859-1 maps every byte to one char, so ASCII names in the constant pool read as they are
            return new String(bytes.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
