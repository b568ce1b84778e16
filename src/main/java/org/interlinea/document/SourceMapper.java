package org.interlinea.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.DocumentPart;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.skeleton.GenericSkeleton;
import net.sf.okapi.common.skeleton.GenericSkeletonPart;

/**
 * Finds where every text unit of Okapi's event stream lies in the original text.
 *
 * <p>Okapi's own writer cannot give back the original bytes (it collapses whitespace and adds a
 * Content-Type meta), so Interlinea never writes Okapi's skeleton. Instead this class replays the
 * skeleton against the original text, as Okapi's writer would expand it, with a cursor: skeleton
 * literals and code markup are verbatim copies of the original, text is the original with entities
 * decoded and whitespace collapsed. Matching tolerates exactly those two differences, which yields
 * the original range of every character and code; a merge then replaces only those ranges.
 */
final class SourceMapper {

    private static final Pattern REFERENCE = Pattern.compile("\\[#\\$([^\\]@]+)(?:@%([^\\]]+))?\\]");
    private static final String SELF = "$self$";
    private static final Pattern TAG_NAME = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9:_-]*)");
    private static final Pattern META_NAME = Pattern.compile(
            "\\sname\\s*=\\s*[\"']?([^\"'\\s>]+)", Pattern.CASE_INSENSITIVE);

    /** How Okapi's HTML filter starts the Content-Type meta it inserts into every head. */
    private static final String INJECTED_META = "<meta http-equiv=\"Content-Type\" ";

    private final String src;
    private final Map<String, IResource> byId = new HashMap<>();
    private final List<MappedUnit> units = new ArrayList<>();
    private int pos;
    /** Inside the Content-Type meta Okapi inserts for its own writer: expected text that is not in the page. */
    private boolean skippingInjected;

    private SourceMapper(String src, int start) {
        this.src = src;
        this.pos = start;
    }

    /** The mapped text units in document order. */
    static List<MappedUnit> map(String src, int start, List<Event> events) {
        SourceMapper mapper = new SourceMapper(src, start);
        mapper.walk(events);
        mapper.units.sort(Comparator.comparingInt(SourceMapper::firstTextStart));
        return mapper.units;
    }

    private static int firstTextStart(MappedUnit unit) {
        return unit.starts().length == 0 ? Integer.MAX_VALUE : unit.starts()[0];
    }

    private void walk(List<Event> events) {
        Set<String> referenced = new HashSet<>();
        for (Event event : events) {
            IResource resource = event.getResource();
            if (resource == null || resource.getId() == null) {
                continue;
            }
            byId.put(resource.getId(), resource);
            if (resource.getSkeleton() instanceof GenericSkeleton skeleton) {
                for (GenericSkeletonPart part : skeleton.getParts()) {
                    collectReferences(part.getData().toString(), referenced);
                }
            }
            if (resource instanceof ITextUnit tu) {
                for (Code code : tu.getSource().getFirstContent().getCodes()) {
                    collectReferences(code.getData(), referenced);
                }
            }
        }
        for (Event event : events) {
            IResource resource = event.getResource();
            if (resource != null && resource.getId() != null && !referenced.contains(resource.getId())) {
                expand(resource);
            }
        }
    }

    private static void collectReferences(String data, Set<String> into) {
        Matcher m = REFERENCE.matcher(data);
        while (m.find()) {
            if (!m.group(1).equals(SELF)) {
                into.add(m.group(1));
            }
        }
    }

    /** Replays one resource's skeleton (or, for a text unit without one, its content). */
    private void expand(IResource resource) {
        if (resource.getSkeleton() instanceof GenericSkeleton skeleton) {
            for (GenericSkeletonPart part : skeleton.getParts()) {
                IResource self = part.getParent() != null ? part.getParent() : resource;
                expandData(part.getData().toString(), self);
            }
        } else if (resource instanceof ITextUnit tu) {
            mapUnit(tu);
        }
    }

    /** Skeleton or code data: literal text with embedded references. */
    private void expandData(String data, IResource self) {
        Matcher m = REFERENCE.matcher(data);
        int last = 0;
        while (m.find()) {
            literal(data.substring(last, m.start()));
            IResource target = m.group(1).equals(SELF) ? self : byId.get(m.group(1));
            if (target == null) {
                throw new MappingException("unknown reference " + m.group(), pos);
            }
            if (m.group(2) != null) {
                literal(propertyValue(target, m.group(2)));
            } else if (target instanceof ITextUnit tu && target == self) {
                mapUnit(tu);
            } else {
                expand(target);
            }
            last = m.end();
        }
        literal(data.substring(last));
    }

    private static String propertyValue(IResource resource, String name) {
        Property p = resource.getProperty(name);
        if (p == null && resource instanceof DocumentPart part) {
            p = part.getSourceProperties().get(name);
        }
        if (p == null && resource instanceof ITextUnit tu) {
            p = tu.getSource().getProperty(name);
        }
        return p == null || p.getValue() == null ? "" : p.getValue();
    }

    /** Matches verbatim text; whitespace may differ (Okapi normalises some of it). */
    private void literal(String expected) {
        int i = 0;
        while (i < expected.length()) {
            if (skippingInjected) {
                int gt = expected.indexOf('>', i);
                if (gt < 0) {
                    return;
                }
                i = gt + 1;
                skippingInjected = false;
                continue;
            }
            char c = expected.charAt(i);
            if (isSpace(c)) {
                skipSpace();
                i++;
                continue;
            }
            skipSpace();
            if (c == '<' && expected.startsWith(INJECTED_META, i)
                    && !src.regionMatches(true, pos, INJECTED_META, 0, INJECTED_META.length())) {
                skippingInjected = true;
            } else if (pos < src.length() && src.charAt(pos) == c) {
                pos++;
                i++;
            } else if (pos < src.length() && Character.toLowerCase(src.charAt(pos)) == Character.toLowerCase(c)) {
                pos++; // property values such as an encoding name may come back in another case
                i++;
            } else if ((c == '"' || c == '\'') && pos < src.length() && (src.charAt(pos) == '"' || src.charAt(pos) == '\'')) {
                pos++; // Okapi writes every attribute value in double quotes
                i++;
            } else if (skipSpaceReferences()) {
                continue; // a reference to white space (DocBook's &#13;) that Okapi collapsed away
            } else if (c == '"' || c == '\'') {
                i++; // Okapi quotes attribute values that were unquoted in the page
            } else {
                RewrittenTag.Resume resumed = RewrittenTag.resume(src, pos, expected, i);
                if (resumed == null) {
                    throw new MappingException("markup \"" + abbreviate(expected) + "\" not found", pos);
                }
                pos = resumed.source();
                i = resumed.expected();
            }
        }
    }

    private void mapUnit(ITextUnit tu) {
        TextFragment fragment = tu.getSource().getFirstContent();
        String coded = fragment.getCodedText();
        int[] starts = new int[coded.length()];
        int[] ends = new int[coded.length()];
        String context = context(tu);
        char quote = tu.isReferent() && pos > 0 && (src.charAt(pos - 1) == '"' || src.charAt(pos - 1) == '\'')
                ? src.charAt(pos - 1) : 0;
        int i = 0;
        while (i < coded.length()) {
            char c = coded.charAt(i);
            if (TextFragment.isMarker(c)) {
                Code code = fragment.getCode(coded.charAt(i + 1));
                skipSpace();
                int start = pos;
                expandData(code.getData(), tu);
                starts[i] = starts[i + 1] = start;
                ends[i] = ends[i + 1] = pos;
                i += 2;
            } else if (isSpace(c)) {
                int start = pos;
                skipTextSpace();
                starts[i] = start;
                ends[i] = pos;
                i++;
            } else {
                skipTextSpace();
                int start = pos;
                int n = matchTextChar(coded, i);
                for (int k = i; k < i + n; k++) {
                    starts[k] = start;
                    ends[k] = pos;
                }
                i += n;
            }
        }
        units.add(new MappedUnit(context, fragment, starts, ends, quote));
    }

    /** Matches the text character at coded[i], or the characters a character reference decodes to. */
    private int matchTextChar(String coded, int i) {
        char c = coded.charAt(i);
        if (pos < src.length() && src.charAt(pos) == '&') {
            CharacterReferences.Reference reference = CharacterReferences.at(src, pos);
            for (String decoded : reference.decodings()) {
                if (coded.startsWith(decoded, i)) {
                    pos += reference.length();
                    return decoded.length();
                }
            }
        }
        if (pos < src.length() && src.charAt(pos) == c) {
            pos++;
            return 1;
        }
        throw new MappingException("text \"" + abbreviate(coded.substring(i, Math.min(coded.length(), i + 30)))
                + "\" not found", pos);
    }

    /** Skips references to white space (&#13; &#10; &#9; &#32; ...) and the white space after them. */
    private boolean skipSpaceReferences() {
        int start = pos;
        while (pos < src.length() && src.charAt(pos) == '&') {
            CharacterReferences.Reference reference = CharacterReferences.at(src, pos);
            if (!reference.isSpace()) {
                break;
            }
            pos += reference.length();
            skipSpace();
        }
        return pos > start;
    }

    /** White space in text: Okapi collapses decoded references to white space with the rest. */
    private void skipTextSpace() {
        do {
            skipSpace();
        } while (skipSpaceReferences());
    }


    /** A short kind of the unit for translators: the element name, attribute or meta name. */
    private String context(ITextUnit tu) {
        int lt = src.lastIndexOf('<', pos - 1);
        if (lt < 0) {
            return "text";
        }
        Matcher m = TAG_NAME.matcher(src);
        if (!m.find(lt) || m.start() != lt) {
            return "text";
        }
        String tag = m.group(2).toLowerCase(Locale.ROOT);
        if (tu.isReferent()) {
            if (tag.equals("meta")) {
                int gt = src.indexOf('>', pos);
                Matcher name = META_NAME.matcher(src.substring(lt, gt < 0 ? src.length() : gt));
                return "meta:" + (name.find() ? name.group(1).toLowerCase(Locale.ROOT) : "content");
            }
            return "attribute:" + attributeName(lt);
        }
        return m.group(1).isEmpty() ? tag : "text";
    }

    private String attributeName(int tagStart) {
        int eq = src.lastIndexOf('=', pos - 1);
        int end = eq;
        while (end > tagStart && isSpace(src.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > tagStart && !isSpace(src.charAt(begin - 1))) {
            begin--;
        }
        return begin < end ? src.substring(begin, end).toLowerCase(Locale.ROOT) : "value";
    }

    private void skipSpace() {
        if (pos == 0 && src.startsWith("\uFEFF")) {
            pos = 1; // a byte-order mark is not content; Okapi may or may not report it
        }
        while (pos < src.length() && isSpace(src.charAt(pos))) {
            pos++;
        }
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
    }

    private static String abbreviate(String s) {
        String flat = s.replace("\n", "\\n");
        return flat.length() > 40 ? flat.substring(0, 40) + "…" : flat;
    }

    /** The original text does not match what Okapi extracted: the page cannot be merged exactly. */
    static final class MappingException extends RuntimeException {
        final int offset;

        MappingException(String message, int offset) {
            super(message);
            this.offset = offset;
        }
    }
}
