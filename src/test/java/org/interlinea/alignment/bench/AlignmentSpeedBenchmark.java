package org.interlinea.alignment.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.interlinea.alignment.AlignmentOptions;
import org.interlinea.alignment.Bead;
import org.interlinea.alignment.SentenceAligner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Time and heap for aligning 10,000 x ~10,000 synthetic sentences (targets: 2 s, 200 MB). Run with
 * {@code ./mvnw -o test -Dtest=AlignmentSpeedBenchmark -Dsurefire.excludedGroups=none}, and with
 * {@code -DargLine=-Xmx200m} to prove the bound rather than measure it.
 */
@Tag("bench")
class AlignmentSpeedBenchmark {

    private static final String WORDS = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod "
            + "tempor incididunt ut labore et dolore magna aliqua";

    @Test
    void tenThousandSentences() {
        Random random = new Random(42);
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        for (int k = 0; k < 10_000; k++) {
            String s = sentence(random, 20 + random.nextInt(160), random.nextInt(5) == 0 ? random.nextInt(3000) : -1);
            source.add(s);
            int roll = random.nextInt(100);
            if (roll == 0) {
                continue;                                   // omission
            }
            String t = sentence(random, (int) (s.length() * (1.1 + 0.15 * random.nextGaussian())),
                    numberIn(s));
            if (roll < 4 && !target.isEmpty()) {
                target.set(target.size() - 1, target.getLast() + " " + t);   // merge into the previous
            } else {
                target.add(t);
            }
        }
        SentenceAligner.align(source.subList(0, 2000), target.subList(0, 2000), AlignmentOptions.of("en", "ru"));
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        List<Bead> beads = List.of();
        long millis = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            beads = SentenceAligner.align(source, target, AlignmentOptions.of("en", "ru"));
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("run %d: %d ms%n", run + 1, elapsed);
            millis = Math.min(millis, elapsed);
        }
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%d x %d sentences: %d beads, best of 3 runs %d ms; heap before %d MB, peak (sum of pool peaks) %d MB,"
                        + " max heap %d MB%n", source.size(), target.size(), beads.size(), millis, before >> 20,
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static String sentence(Random random, int length, int number) {
        StringBuilder b = new StringBuilder(number >= 0 ? number + " " : "");
        String[] words = WORDS.split(" ");
        while (b.length() < length) {
            b.append(words[random.nextInt(words.length)]).append(' ');
        }
        return b.toString().strip() + ".";
    }

    private static int numberIn(String s) {
        int space = s.indexOf(' ');
        return space > 0 && Character.isDigit(s.charAt(0)) ? Integer.parseInt(s.substring(0, space)) : -1;
    }
}
