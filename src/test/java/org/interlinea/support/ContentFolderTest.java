package org.interlinea.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app with a content folder the test writes itself and no sync at start. Every subclass shares one
 * folder and so one Spring context and one embedded PostgreSQL; each test empties both first.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class ContentFolderTest {

    protected static final ContentFixture content = new ContentFixture();

    @DynamicPropertySource
    static void contentDir(DynamicPropertyRegistry registry) {
        registry.add("interlinea.content-dir", () -> content.root().toString());
        registry.add("interlinea.sync-on-start", () -> "false");
    }
}
