package org.interlinea.alignment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interlinea.translation.ReviewReason;
import org.jspecify.annotations.Nullable;

/**
 * Whether the two sides of a bead disagree on what any translation keeps: numbers (and clock times),
 * months, and names. An imported translation made from an older source ("12 volunteer guides" against
 * "10 волонтёров-проводников") aligns well, so confidence alone calls it translated; this says why it is not.
 * <p>
 * A disagreement needs a substitution: something only in the source <em>and</em> something only in the
 * target. One-sided differences ("two" spelled out against "2", a name left out) are too common in good
 * translations to be alarms.
 */
final class AnchorCheck {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** "10 p.m.", "4 a.m.", "10:30pm". */
    private static final Pattern ENGLISH_TIME = Pattern.compile("\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s?([ap])\\.?\\s?m\\b\\.?", FLAGS);
    /** "22:00", "22h00", "22h". */
    private static final Pattern CLOCK_TIME = Pattern.compile("\\b(\\d{1,2})(?::(\\d{2})|h(\\d{2})?)\\b", FLAGS);
    /** "7 утра", "2 часа дня", "10 da noite", "7h da manhã". */
    private static final Pattern WORD_TIME = Pattern.compile("\\b(\\d{1,2})(?:[:.h](\\d{2}))?\\s?(?:час\\p{L}*\\s|h\\s|horas?\\s)?"
            + "(утра|дня|вечера|ночи|da manhã|da tarde|da noite|da madrugada)\\b", FLAGS);
    /** "10,000" written "10 тысяч", "3 тыс.", "£125m", "€3.1billion", "25 mil". */
    private static final Pattern SCALED = Pattern.compile("(\\d[\\d.,\\u00A0\\u202F ]*\\d|\\d)[\\s-]?(thousand|million|billion|trillion|bn|m|k"
            + "|тыс\\.?|тысяч\\p{L}*|млн\\.?|миллион\\p{L}*|млрд\\.?|миллиард\\p{L}*|трлн\\.?|триллион\\p{L}*"
            + "|mil milhões|mil|milh(?:ão|ões)|bilh(?:ão|ões)|trilh(?:ão|ões))(?![\\p{L}])", FLAGS);
    /** "1930s", "the '90s". */
    private static final Pattern DECADE = Pattern.compile("\\b(\\d\\d(\\d0))s\\b");
    private static final Pattern IMPERIAL = Pattern.compile("\\d[\\s-]?(?:inch|inches|foot|feet|ft|pounds?|lbs?|miles?|mph"
            + "|yards?|ounces?|oz|gallons?|acres?|degrees|°F|Fahrenheit|фут\\p{L}*|дюйм\\p{L}*|фунт\\p{L}*|мил[ьяи]\\p{L}*"
            + "|pés|pé|polegadas?|libras?|milhas?)(?![\\p{L}])", FLAGS);
    /** A number with a unit of measure, either system. */
    private static final Pattern MEASURE = Pattern.compile("(?:\\d[\\d.,]*\\s?(?:to|and|or|до|и|или|a|e|ou|–|-)\\s?)?"
            + "(?:\\d[\\d.,]*)(?:[\\s-]?(?:inch|inches|foot|feet|ft|pounds?"
            + "|lbs?|miles?|mph|yards?|ounces?|oz|gallons?|acres?|degrees?|°[FC]?|Fahrenheit|Celsius|см|сантиметр\\p{L}*"
            + "|метр\\p{L}*|м|км|км/ч|километр\\p{L}*|кг|килограмм\\p{L}*|грамм\\p{L}*|гектар\\p{L}*|литр\\p{L}*"
            + "|градус\\p{L}*|cm|centímetros?|metros?|m|km|km/h|quilômetros?|quilómetros?|kg|quilos?|quilogramas?"
            + "|litros?|hectares?|graus?|meters?|metres?|kilomet(?:er|re)s?|centimet(?:er|re)s?|kilograms?|grams?|litres?|liters?"
            + "|hectares?|фут\\p{L}*|дюйм\\p{L}*|фунт\\p{L}*|мил[ьяи]\\p{L}*|pés|pé|polegadas?|libras?|milhas?)(?![\\p{L}]))+",
            FLAGS);
    private static final Pattern MONTH = Pattern.compile("\\b(?:"
            + "(january|february|march|april|june|july|august|september|october|november|december)"
            + "|(январ[ьяеё]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]"
            + "|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])"
            + "|(janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro))\\b", FLAGS);
    /** English "May" is a month only next to a day or year ("8 May", "May 2024"). */
    private static final Pattern ENGLISH_MAY = Pattern.compile("(?<=\\d\\s)May\\b|\\bMay(?=\\s\\d)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final List<String> MONTH_STEMS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");
    private static final String[] RUSSIAN_STEMS = {"янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт",
            "ноя", "дек"};
    private static final String[] PORTUGUESE_STEMS = {"jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set",
            "out", "nov", "dez"};
    private static final java.util.Set<String> NOT_GIVEN_NAMES = java.util.Set.of("mr", "mrs", "ms", "dr", "sir",
            "dame", "lord", "lady", "president", "senator", "minister", "chancellor", "general", "reverend", "judge",
            "governor", "mayor", "prince", "princess", "king", "queen", "pope", "saint", "st", "north", "south",
            "east", "west", "northern", "southern", "eastern", "western", "central", "new", "upper", "lower", "great",
            "greater", "baja", "the", "los", "las", "san", "santa", "fort", "lake", "mount", "cape", "father", "mother",
            "brother", "sister", "uncle", "aunt");
    /** Words that end a place's name as often as a person's: "Bestwood Street" and "Evelyn Street". */
    private static final java.util.Set<String> NOT_SURNAMES = java.util.Set.of("street", "road", "avenue", "square",
            "park", "bridge", "river", "lake", "island", "county", "city", "beach", "hall", "house", "center", "centre",
            "school", "university", "college", "church", "club", "stadium", "airport", "station", "lane", "way");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\-’']*");

    private AnchorCheck() {
    }

    /** Compares every source text of a bead with every target text of it, taken as one sentence each. */
    static Optional<ReviewReason> disagreement(List<String> source, List<String> target) {
        return disagreement(String.join(" ", source), String.join(" ", target));
    }

    static Optional<ReviewReason> disagreement(String source, String target) {
        if (source.isBlank() || target.isBlank()) {
            return Optional.empty();
        }
        boolean measures = convertedMeasures(source, target);
        Optional<ReviewReason> numbers = differ(ReviewReason.NUMBERS_DIFFER, numbers(source, measures),
                numbers(target, measures));
        if (numbers.isPresent()) {
            return numbers;
        }
        Optional<ReviewReason> months = differ(ReviewReason.DATES_DIFFER, months(source), months(target));
        return months.isPresent() ? months : names(source, target);
    }

    /** Key to the text it was found as, e.g. "22:00" to "10 p.m."; see {@link #convertedMeasures}. */
    static Map<String, String> numbers(String text, boolean dropMeasures) {
        Map<String, String> found = new LinkedHashMap<>();
        StringBuilder rest = new StringBuilder(text);
        if (dropMeasures) {
            Matcher m = MEASURE.matcher(text);
            while (m.find()) {
                blank(rest, m.start(), m.end());
            }
        }
        Matcher m = ENGLISH_TIME.matcher(rest.toString());
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1)) % 12 + (m.group(3).equalsIgnoreCase("p") ? 12 : 0);
            found.putIfAbsent(time(hour, m.group(2)), m.group().strip());
            blank(rest, m.start(), m.end());
        }
        m = WORD_TIME.matcher(rest.toString());
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            String part = m.group(3).toLowerCase(Locale.ROOT).replace("da ", "");
            boolean afternoon = part.startsWith("веч") || part.startsWith("tarde") || part.startsWith("noite")
                    || part.startsWith("дня") && hour < 7 || part.startsWith("ноч") && hour > 6;
            found.putIfAbsent(time(hour % 12 + (afternoon ? 12 : 0), m.group(2)), m.group().strip());
            blank(rest, m.start(), m.end());
        }
        m = CLOCK_TIME.matcher(rest.toString());
        while (m.find()) {
            String minutes = m.group(2) != null ? m.group(2) : m.group(3);
            found.putIfAbsent(time(Integer.parseInt(m.group(1)), minutes), m.group());
            blank(rest, m.start(), m.end());
        }
        m = SCALED.matcher(rest.toString());
        while (m.find()) {
            List<String> keys = SentenceFeatures.numberKeys(m.group(1));
            if (keys.size() == 1) {
                BigDecimal value = new BigDecimal(keys.getFirst()).multiply(scale(m.group(2)));
                found.putIfAbsent(value.stripTrailingZeros().toPlainString(), m.group().strip());
                blank(rest, m.start(), m.end());
            }
        }
        m = DECADE.matcher(rest.toString());
        while (m.find()) {
            found.putIfAbsent(m.group(1), m.group());       // "the 1930s" is "30-е годы" in Russian
            found.putIfAbsent(m.group(2), m.group());
            blank(rest, m.start(), m.end());
        }
        for (String key : SentenceFeatures.numberKeys(rest.toString())) {
            found.putIfAbsent(key, key);
        }
        return found;
    }

    /**
     * Feet, pounds, miles and degrees Fahrenheit are converted in a good translation, so a bead with an
     * imperial measure compares no measured numbers at all.
     */
    static boolean convertedMeasures(String source, String target) {
        return IMPERIAL.matcher(source).find() || IMPERIAL.matcher(target).find();
    }

    private static BigDecimal scale(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("тыс") || w.equals("thousand") || w.equals("k") || w.equals("mil")) {
            return BigDecimal.valueOf(1_000);
        }
        if (w.startsWith("mil m") || w.startsWith("b") || w.startsWith("млрд") || w.startsWith("миллиард")) {
            return BigDecimal.valueOf(1_000_000_000);
        }
        if (w.startsWith("t") || w.startsWith("трлн") || w.startsWith("триллион")) {
            return BigDecimal.valueOf(1_000_000_000_000L);
        }
        return BigDecimal.valueOf(1_000_000);                // million, m, млн, milhões
    }

    private static String time(int hour, @Nullable String minutes) {
        return hour + ":" + (minutes == null ? "00" : minutes);
    }

    private static void blank(StringBuilder text, int start, int end) {
        for (int k = start; k < end; k++) {
            text.setCharAt(k, ' ');
        }
    }

    /** Month number (1..12) to the word it was found as. */
    static Map<String, String> months(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = MONTH.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            int month = m.group(1) != null ? MONTH_STEMS.indexOf(word.substring(0, 3))
                    : stem(word, m.group(2) != null ? RUSSIAN_STEMS : PORTUGUESE_STEMS);
            if (month >= 0) {
                found.putIfAbsent(String.valueOf(month + 1), m.group());
            }
        }
        m = ENGLISH_MAY.matcher(text);
        while (m.find()) {
            found.putIfAbsent("5", m.group());
        }
        return found;
    }

    /** The month whose stem is the longest start of the word ("марта" is March, not May's "ма"). */
    private static int stem(String word, String[] stems) {
        int best = -1;
        for (int i = 0; i < stems.length; i++) {
            if (word.startsWith(stems[i]) && (best < 0 || stems[i].length() > stems[best].length())) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Names: a person's name whose surname is in both texts but whose given name is not ("Paolo Ferrante"
     * against "Марко Ферранте"). Single capitalised words are not compared: institutions, nationalities and
     * places are translated ("Welsh", "Уэльса") far too often for a difference to mean anything; nor are
     * titles and place words before a name ("Mr", "North", "Baja").
     */
    private static Optional<ReviewReason> names(String source, String target) {
        List<String[]> sourceNames = givenAndSurnames(source);
        if (sourceNames.isEmpty()) {
            return Optional.empty();
        }
        List<String[]> targetNames = givenAndSurnames(target);
        for (String[] s : sourceNames) {
            String surname = Transliteration.nameKey(s[1]);
            if (surname == null || NOT_GIVEN_NAMES.contains(s[0].toLowerCase(Locale.ROOT))
                    || NOT_SURNAMES.contains(s[1].toLowerCase(Locale.ROOT)) || s[0].endsWith("s") && s[0].matches(".*['’]s")) {
                continue;
            }
            for (String[] t : targetNames) {
                if (surname.equals(Transliteration.nameKey(t[1])) && initialClass(s[0]) != initialClass(t[0])) {
                    return Optional.of(ReviewReason.of(ReviewReason.NAMES_DIFFER, s[0] + " " + s[1], t[0] + " " + t[1]));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The last two words of each run of capitalised words ("Energy Minister Aleksandr Novak" gives
     * Aleksandr, Novak), unless the first of them opens the sentence.
     */
    private static List<String[]> givenAndSurnames(String text) {
        List<String[]> pairs = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        List<String> run = new ArrayList<>();
        int runStart = -1;
        int previousEnd = -1;
        while (true) {
            boolean found = m.find();
            String word = found ? m.group() : "";
            boolean capitalised = found && Character.isUpperCase(word.charAt(0)) && !isUpperCase(word);
            boolean continues = capitalised && !run.isEmpty() && text.substring(previousEnd, m.start()).isBlank();
            if (!continues) {
                if (run.size() >= 2 && (run.size() > 2 || !opensSentence(text, runStart))) {
                    pairs.add(new String[] {run.get(run.size() - 2), run.getLast()});
                }
                run.clear();
                if (capitalised) {
                    runStart = m.start();
                }
            }
            if (capitalised) {
                run.add(word);
            }
            if (!found) {
                return pairs;
            }
            previousEnd = m.end();
        }
    }

    private static boolean opensSentence(String text, int start) {
        for (int k = start - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c)) {
                return ".:!?…\"«“„‘'(—–-".indexOf(c) >= 0;
            }
        }
        return true;
    }

    /** Whether two given names could be one name in two scripts (Wayde/Уэйд, Harlem/Гарлем). */
    private static char initialClass(String word) {
        String latin = Transliteration.fold(Transliteration.toLatin(word));
        if (latin.isEmpty()) {
            return 0;
        }
        char c = latin.charAt(0);
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'v', 'w' -> 'a';
            case 'h', 'g', 'j' -> 'g';
            case 'k', 's' -> 'k';
            default -> c;
        };
    }

    /** Acronyms are often translated (UN/ООН/ONU), so they are not names here. */
    private static boolean isUpperCase(String word) {
        return word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }



    private static Optional<ReviewReason> differ(String code, Map<String, String> source, Map<String, String> target) {
        List<String> sourceOnly = source.entrySet().stream().filter(e -> !target.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        List<String> targetOnly = target.entrySet().stream().filter(e -> !source.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        if (sourceOnly.isEmpty() || targetOnly.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ReviewReason.of(code, String.join(", ", sourceOnly), String.join(", ", targetOnly)));
    }
}
