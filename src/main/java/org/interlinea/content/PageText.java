package org.interlinea.content;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A page's bytes as text, and the encoding to write it back in: the one decision the content sync and the
 * extraction and merge of pages share. As a browser decides: a byte-order mark, else the encoding the page
 * declares (when its bytes agree), else detection, else windows-1252, the HTML default. The text encodes back
 * to exactly the page's bytes; a page for which no encoding does that, or whose bytes are broken, is refused
 * with the spot to fix.
 *
 * @param text     the decoded page, a byte-order mark included (it is written back)
 * @param charset  reads the page and writes it back
 * @param newText  what translated text must fit (the rest becomes numeric character references): the
 *                 charset, or less when the page could be read by stricter software than a browser
 * @param basis    where the charset came from
 * @param warnings for the coordinator: a declaration the bytes contradict, a page with no declaration
 */
public record PageText(String text, Charset charset, Charset newText, Basis basis, List<String> warnings) {

    public enum Basis { BYTE_ORDER_MARK, DECLARED, DETECTED, DEFAULT }

    /** Message key of a file that is binary, not text; no arguments. */
    public static final String BINARY = "sync.problem.binary";
    /** Message key of a UTF-32 file, which browsers do not read; no arguments. */
    public static final String UTF32 = "sync.problem.utf32";
    /** Message key of a byte that is not valid in the page's encoding; args: encoding, byte (hex), line, column. */
    public static final String INVALID_BYTE = "sync.problem.invalidByte";
    /** Message key of a character that has two byte forms in the encoding; args: encoding, line, column. */
    public static final String TWO_FORMS = "sync.problem.twoForms";

    public PageText {
        warnings = List.copyOf(warnings);
    }

    /** A file that is not text in any encoding Interlinea can write back; says what to fix, in English and as a key. */
    public static final class Undecodable extends RuntimeException {
        private final String key;
        private final List<String> args;

        Undecodable(String message, String key, String... args) {
            super(message);
            this.key = key;
            this.args = List.of(args);
        }

        public String key() {
            return key;
        }

        public List<String> args() {
            return args;
        }
    }

    /** @throws Undecodable for a binary or UTF-32 file, or bytes broken in the encoding the page is in */
    public static PageText decode(byte[] bytes) {
        Charset bom = ByteOrder.bomCharset(bytes);
        if (bom != null) {
            return exactly(bytes, bom, Basis.BYTE_ORDER_MARK, List.of());
        }
        Charset utf16 = ByteOrder.utf16WithoutBom(bytes);
        if (utf16 != null) {
            return exactly(bytes, utf16, Basis.DETECTED, List.of("encoding: the page is " + utf16.name()
                    + " without a byte-order mark, which browsers do not recognise; save it as UTF-8"));
        }
        if (ByteOrder.looksLikeUtf32(bytes)) {
            throw new Undecodable("the file is UTF-32, which browsers do not read as HTML; save it as UTF-8", UTF32);
        }
        if (ByteOrder.indexOfNul(bytes) >= 0) {
            throw new Undecodable("the file is binary (it contains NUL bytes and is not UTF-16 text), not an HTML page",
                    BINARY);
        }
        EncodingDeclaration declared = EncodingDeclaration.find(bytes);
        return declared == null ? undeclared(bytes) : declared(bytes, declared);
    }

    private static PageText declared(byte[] bytes, EncodingDeclaration declared) {
        List<String> warnings = new ArrayList<>();
        String label = declared.label();
        if (declared.candidates().isEmpty()) {
            return detect(bytes, warnings, readAs -> "encoding: the page declares the encoding '" + label
                    + "', which is not known; read as " + readAs + ". Declare a known encoding, best "
                    + "<meta charset=\"utf-8\"> with the file saved as UTF-8");
        }
        Charset first = declared.candidates().getFirst();
        Decoding.Utf8 utf8 = Decoding.Utf8.scan(bytes);
        if (!first.equals(StandardCharsets.UTF_8) && utf8.valid() && utf8.multiByte() > 0) {
            // Saved as UTF-8 under an old Latin-1 (or other) label: its server announces UTF-8, or it shows
            // garbled everywhere. Read as labelled, its text and every translation would be garbled.
            warnings.add("encoding: the page declares " + label + " but is written in UTF-8; read as UTF-8. "
                    + "Correct the declaration to <meta charset=\"utf-8\">");
            return exactly(bytes, StandardCharsets.UTF_8, Basis.DETECTED, warnings);
        }
        if (first.newEncoder().maxBytesPerChar() == 1 && utf8.mostlyValid()) {
            // The same with a stray byte: a single-byte encoding reads any bytes, so the label cannot be trusted.
            throw invalid(bytes, StandardCharsets.UTF_8, Decoding.firstBadByte(bytes, StandardCharsets.UTF_8));
        }
        for (Charset candidate : declared.candidates()) {
            String text = Decoding.strict(bytes, candidate);
            if (text != null && Decoding.writesBack(text, bytes, candidate)) {
                Charset newText = candidate.equals(first) && declared.newText() != null ? declared.newText() : candidate;
                return new PageText(text, candidate, newText, Basis.DECLARED, warnings);
            }
        }
        for (Charset candidate : declared.candidates()) {
            if (Decoding.strict(bytes, candidate) != null) {
                throw twoForms(bytes, candidate, Decoding.firstDifference(bytes, candidate));
            }
        }
        int bad = Decoding.firstBadByte(bytes, first);
        if (Decoding.mostlyDecodes(bytes, first)) {
            // The page is in the declared encoding but for a few broken bytes: any other reading garbles it.
            throw invalid(bytes, first, bad);
        }
        String where = Decoding.where(bytes, first, bad);
        return detect(bytes, warnings, readAs -> "encoding: the page declares " + label + " but " + where
                + " is not valid " + first.name() + "; read as " + readAs + ". Correct the declaration");
    }

    private static PageText undeclared(byte[] bytes) {
        Decoding.Utf8 utf8 = Decoding.Utf8.scan(bytes);
        if (utf8.valid() && utf8.multiByte() == 0) {
            // Plain ASCII reads the same whatever encoding a server announces, so new text stays ASCII too.
            return new PageText(new String(bytes, StandardCharsets.ISO_8859_1), Windows1252.INSTANCE,
                    StandardCharsets.US_ASCII, Basis.DEFAULT, List.of());
        }
        if (utf8.valid()) {
            return exactly(bytes, StandardCharsets.UTF_8, Basis.DETECTED, List.of(noDeclaration("UTF-8 (detected)")));
        }
        if (utf8.mostlyValid()) {
            throw invalid(bytes, StandardCharsets.UTF_8, Decoding.firstBadByte(bytes, StandardCharsets.UTF_8));
        }
        return detect(bytes, new ArrayList<>(), PageText::noDeclaration);
    }

    /** The likeliest guess that reads and writes back the bytes; windows-1252, the HTML default, reads any byte. */
    private static PageText detect(byte[] bytes, List<String> warnings, Function<String, String> warning) {
        Detection.Candidates candidates = Detection.candidates(bytes);
        for (Charset guess : candidates.ordered()) {
            String text = Decoding.strict(bytes, guess);
            if (text != null && Decoding.writesBack(text, bytes, guess)) {
                boolean detected = !guess.equals(Windows1252.INSTANCE) || candidates.confident().contains(guess);
                warnings.add(warning.apply(guess.name() + (detected ? " (detected)" : ", the HTML default")));
                return new PageText(text, guess, guess, detected ? Basis.DETECTED : Basis.DEFAULT, warnings);
            }
        }
        throw new IllegalStateException("windows-1252 reads every byte");
    }

    private static String noDeclaration(String readAs) {
        return "encoding: the page does not declare its encoding; read as " + readAs + ", which browsers may not "
                + "do. Declare it, best <meta charset=\"utf-8\"> with the file saved as UTF-8";
    }

    private static PageText exactly(byte[] bytes, Charset charset, Basis basis, List<String> warnings) {
        String text = Decoding.strict(bytes, charset);
        if (text == null) {
            throw invalid(bytes, charset, Decoding.firstBadByte(bytes, charset));
        }
        if (!Decoding.writesBack(text, bytes, charset)) {
            throw invalid(bytes, charset, Decoding.firstDifference(bytes, charset));
        }
        return new PageText(text, charset, charset, basis, warnings);
    }

    /** Bytes that read as a character that has another, usual, form: it could only be written back in that one. */
    private static Undecodable twoForms(byte[] bytes, Charset charset, int offset) {
        int[] lineColumn = Decoding.lineColumn(bytes, charset, offset);
        return new Undecodable("the character at line " + lineColumn[0] + ", column " + lineColumn[1] + " (byte "
                + offset + ") has two forms in " + charset.name() + " and would be written back in the other one; "
                + "type it again, or save the file as UTF-8", TWO_FORMS, charset.name(),
                String.valueOf(lineColumn[0]), String.valueOf(lineColumn[1]));
    }

    private static Undecodable invalid(byte[] bytes, Charset charset, int offset) {
        int[] lineColumn = Decoding.lineColumn(bytes, charset, offset);
        String hex = String.format("%02X", bytes[offset] & 0xFF);
        return new Undecodable("the byte 0x" + hex + " at line " + lineColumn[0] + ", column " + lineColumn[1]
                + " (byte " + offset + ") is not valid " + charset.name() + ", the encoding of the rest of the page;"
                + " correct the character there, or save the whole file as " + charset.name() + " again",
                INVALID_BYTE, charset.name(), hex, String.valueOf(lineColumn[0]), String.valueOf(lineColumn[1]));
    }
}
