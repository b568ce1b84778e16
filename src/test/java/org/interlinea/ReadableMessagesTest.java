package org.interlinea;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Screens show messages from keys and arguments in the reader's language, never an exception's own (English,
 * technical) message: a refusal a person reads is a {@link ReadableException} or carries its key, like
 * {@code AlignmentReviewException}.
 */
class ReadableMessagesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.interlinea");

    @Test
    void screensDoNotShowAnExceptionsOwnMessage() {
        noClasses().that().resideInAPackage("..ui..")
                .should().callMethodWhere(target(nameMatching("getMessage|getLocalizedMessage"))
                        .and(target(owner(assignableTo(Throwable.class)))))
                .because("the message is English for the log; show a key with arguments (ReadableException)")
                .check(CLASSES);
    }
}
