package org.interlinea.coverage.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interlinea.content.ContentSyncService;
import org.interlinea.support.ContentFolderTest;
import org.interlinea.support.Database;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The site API tells the switcher that a copy of the source under pt/ is not a Portuguese page. */
class SourceCopyApiTest extends ContentFolderTest {

    @Autowired
    ContentSyncService sync;
    @Autowired
    AvailabilityController api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSourceCopyIsUntranslatedCopyInTheApi() throws IOException {
        content.clear();
        Database.clear(jdbc);
        String english = Files.readString(Path.of("translations/en/radio-for-the-night-shift.html"));
        content.write("en", "radio-for-the-night-shift", english);
        content.write("pt", "radio-for-the-night-shift", english);
        sync.syncAndWait("test");

        var body = (AvailabilityController.PageAvailability) api.one("radio-for-the-night-shift").getBody();

        assertThat(body.availability()).containsEntry("pt", "UNTRANSLATED_COPY").containsEntry("en", "SOURCE")
                .containsEntry("ru", "MISSING");
    }
}
