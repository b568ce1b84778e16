package org.interlinea.content;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The encoding a page declares: {@code <meta charset>}, {@code <meta http-equiv="Content-Type" content="...;
 * charset=...">}, else an XML declaration (XHTML). Like a browser's prescan it looks at the start of the file
 * only and skips comments; labels mean what they mean to browsers (the WHATWG Encoding Standard), so a page
 * labelled ISO-8859-1 or US-ASCII is read as windows-1252.
 *
 * @param label      as written in the page
 * @param candidates the charsets to read it with, in order (a superset the web uses comes after the strict one);
 *                   empty when Java knows no such encoding
 * @param newText    what new text in such a page must fit: a page labelled Latin-1 is read as windows-1252, but
 *                   strict Latin-1 readers (XML tools, old software) exist, so new text stays inside Latin-1
 */
record EncodingDeclaration(@Nullable String label, List<Charset> candidates, Charset newText) {

    /** Browsers prescan the first 1024 bytes; real pages put long comments and scripts first, so look further. */
    static final int PRESCAN_BYTES = 4096;

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern META = Pattern.compile("<meta[\\s/][^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s=/>\"']+)\\s*(?:=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
    private static final Pattern CONTENT_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?\\s*([^\"'\\s;]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_DECLARATION = Pattern.compile(
            "^\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");

    private static final Set<String> LATIN1 = Set.of("iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1",
            "iso_8859-1:1987", "iso-ir-100", "l1", "latin1", "cp819", "ibm819", "csisolatin1");
    private static final Set<String> ASCII = Set.of("us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us", "us");
    private static final Set<String> UTF8 = Set.of("utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8",
            "unicode20utf8", "x-unicode20utf8");
    /** Labels whose web meaning is another (larger) encoding than Java's: read strict first, then the web's. */
    private static final Map<String, List<String>> WEB = Map.ofEntries(
            Map.entry("iso-8859-9", List.of("windows-1254")), Map.entry("latin5", List.of("windows-1254")),
            Map.entry("l5", List.of("windows-1254")), Map.entry("tis-620", List.of("x-windows-874")),
            Map.entry("iso-8859-11", List.of("x-windows-874")), Map.entry("windows-874", List.of("x-windows-874")),
            Map.entry("gb2312", List.of("GBK", "GB18030")), Map.entry("gbk", List.of("GBK", "GB18030")),
            Map.entry("x-gbk", List.of("GBK", "GB18030")), Map.entry("chinese", List.of("GBK", "GB18030")),
            Map.entry("shift_jis", List.of("Shift_JIS", "windows-31j")),
            Map.entry("shift-jis", List.of("Shift_JIS", "windows-31j")),
            Map.entry("sjis", List.of("Shift_JIS", "windows-31j")), Map.entry("x-sjis", List.of("Shift_JIS", "windows-31j")),
            Map.entry("ms_kanji", List.of("Shift_JIS", "windows-31j")),
            Map.entry("euc-kr", List.of("EUC-KR", "x-windows-949")),
            Map.entry("ks_c_5601-1987", List.of("EUC-KR", "x-windows-949")),
            Map.entry("big5", List.of("Big5", "Big5-HKSCS")));

    /** The page's declaration, or null when it declares nothing. */
    static EncodingDeclaration find(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        String label = metaLabel(COMMENT.matcher(head).replaceAll(""));
        if (label == null) {
            Matcher xml = XML_DECLARATION.matcher(head);
            label = xml.find() ? xml.group(1) : null;
        }
        return label == null ? null : forLabel(label);
    }

    private static @Nullable String metaLabel(String head) {
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            String charset = null;
            String httpEquiv = null;
            String content = null;
            Matcher a = ATTRIBUTE.matcher(meta.group().substring(5));
            while (a.find()) {
                String name = a.group(1).toLowerCase(Locale.ROOT);
                String value = a.group(2) == null ? "" : unquote(a.group(2));
                switch (name) {
                    case "charset" -> charset = charset == null ? value : charset;
                    case "http-equiv" -> httpEquiv = value;
                    case "content" -> content = value;
                    default -> { }
                }
            }
            if (charset != null && !charset.isBlank()) {
                return charset.strip();
            }
            if (httpEquiv != null && httpEquiv.equalsIgnoreCase("content-type") && content != null) {
                Matcher c = CONTENT_CHARSET.matcher(content);
                if (c.find()) {
                    return c.group(1);
                }
            }
        }
        return null;
    }

    private static String unquote(String value) {
        return value.startsWith("\"") || value.startsWith("'") ? value.substring(1, value.length() - 1) : value;
    }

    static EncodingDeclaration forLabel(String written) {
        String label = written.strip().toLowerCase(Locale.ROOT);
        if (LATIN1.contains(label)) {
            return new EncodingDeclaration(written, List.of(Windows1252.INSTANCE), StandardCharsets.ISO_8859_1);
        }
        if (ASCII.contains(label)) {
            return new EncodingDeclaration(written, List.of(Windows1252.INSTANCE), StandardCharsets.US_ASCII);
        }
        if (label.equals("windows-1252") || label.equals("cp1252") || label.equals("x-cp1252")) {
            return new EncodingDeclaration(written, List.of(Windows1252.INSTANCE), Windows1252.INSTANCE);
        }
        // A page whose bytes a browser reads as ASCII cannot be UTF-16: browsers take such a label for UTF-8.
        if (UTF8.contains(label) || label.startsWith("utf-16") || label.equals("unicode") || label.equals("ucs-2")) {
            return new EncodingDeclaration(written, List.of(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        List<Charset> candidates = new ArrayList<>();
        for (String name : WEB.getOrDefault(label, List.of(label))) {
            Charset charset = javaCharset(name);
            if (charset != null && !candidates.contains(charset)) {
                candidates.add(charset);
            }
        }
        return new EncodingDeclaration(written, List.copyOf(candidates), candidates.isEmpty() ? null : candidates.getFirst());
    }

    /** Java's charset of that name, or null when unknown or unsupported. */
    static @Nullable Charset javaCharset(String name) {
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException illegalName) {
            return null;
        }
    }
}
