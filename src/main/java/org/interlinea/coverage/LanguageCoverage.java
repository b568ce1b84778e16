package org.interlinea.coverage;

import java.util.Map;

/** How many pages readers of one language can read: "Portuguese: 3 of 12 pages". */
public record LanguageCoverage(String language, int readable, int total, Map<Availability, Integer> byStatus) {

    public int count(Availability status) {
        return byStatus.getOrDefault(status, 0);
    }
}
