package org.interlinea.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.interlinea.InterlineaProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The languages the site publishes in, from {@code interlinea.languages} (BCP 47 tags, in display order)
 * and the default source language {@code interlinea.source-language}.
 */
@Service
public class Languages {

    private final List<Language> enabled;
    private final Language defaultSource;

    @Autowired
    public Languages(InterlineaProperties properties) {
        this(properties.languages(), properties.sourceLanguage());
    }

    Languages(List<String> tags, String sourceTag) {
        Set<Language> unique = new LinkedHashSet<>();
        for (String tag : tags) {
            if (!tag.isBlank()) {
                unique.add(new Language(tag.trim()));
            }
        }
        if (unique.isEmpty()) {
            throw new IllegalArgumentException("interlinea.languages lists no language; set e.g. 'en,ru,pt'");
        }
        this.enabled = List.copyOf(new ArrayList<>(unique));
        this.defaultSource = new Language(sourceTag.trim());
        if (!unique.contains(defaultSource)) {
            throw new IllegalArgumentException("interlinea.source-language '" + sourceTag
                    + "' is not one of interlinea.languages " + enabled);
        }
    }

    public List<Language> enabled() {
        return enabled;
    }

    public List<String> tags() {
        return enabled.stream().map(Language::tag).toList();
    }

    public Language defaultSource() {
        return defaultSource;
    }

    public Optional<Language> find(String tag) {
        return enabled.stream().filter(l -> l.tag().equalsIgnoreCase(tag)).findFirst();
    }

    public boolean isEnabled(String tag) {
        return find(tag).isPresent();
    }
}
