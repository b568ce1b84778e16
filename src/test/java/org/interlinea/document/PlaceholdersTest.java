package org.interlinea.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void splitsTextAndTokens() {
        assertThat(Placeholders.pieces("Read <1>our report</1>, or run {2}!"))
                .extracting(Placeholders.Piece::text)
                .containsExactly("Read ", "<1>", "our report", "</1>", ", or run ", "{2}", "!");
        assertThat(Placeholders.tokens("Read <1>our report</1>, or run {2}!"))
                .extracting(Placeholders.Token::kind, Placeholders.Token::id, Placeholders.Token::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Placeholders.Kind.OPEN, 1, 5),
                        org.assertj.core.groups.Tuple.tuple(Placeholders.Kind.CLOSE, 1, 18),
                        org.assertj.core.groups.Tuple.tuple(Placeholders.Kind.ISOLATED, 2, 31));
        assertThat(Placeholders.plain("Read <1>our</1> {2}")).isEqualTo("Read our ");
        assertThat(Placeholders.plain("Read <1>our</1>{2}words", " ")).isEqualTo("Read  our  words");
    }

    @Test
    void pageTextThatLooksLikeAPlaceholderIsEscapedAndStaysText() {
        assertThat(Placeholders.escape("Type {1} or <1> or </12> here")).isEqualTo("Type {\\1} or <\\1> or </\\12> here");
        assertThat(Placeholders.escape("<\\1> and {\\\\2}")).isEqualTo("<\\\\1> and {\\\\\\2}");
        assertThat(Placeholders.escape("a < b, {x}, <b>, {1 }, C:\\dir\\, \\{1}")).as("nothing that looks like one")
                .isEqualTo("a < b, {x}, <b>, {1 }, C:\\dir\\, \\{\\1}");

        String coded = "Type {\\1} or <\\1> in <1>the box</1>{2}";
        assertThat(Placeholders.tokens(coded)).extracting(Placeholders.Token::text).containsExactly("<1>", "</1>", "{2}");
        assertThat(Placeholders.pieces(coded)).extracting(Placeholders.Piece::text)
                .containsExactly("Type {1} or <1> in ", "<1>", "the box", "</1>", "{2}");
        assertThat(Placeholders.plain(coded)).isEqualTo("Type {1} or <1> in the box");
    }

    @Test
    void cutsTellWhereACodedTextMayBeSplit() {
        String coded = "a <1>b</1> {\\2} c";
        assertThat(Placeholders.cuts(coded, 2)).isFalse();
        assertThat(Placeholders.cuts(coded, 3)).isTrue();
        assertThat(Placeholders.cuts(coded, 5)).isFalse();
        assertThat(Placeholders.cuts(coded, coded.indexOf("\\"))).as("inside escaped text").isTrue();
        assertThat(Placeholders.cuts(coded, coded.length() - 1)).isFalse();
    }

    /**
     * Over many random mixes of text and placeholders, drawn from the characters that matter (brackets,
     * slashes, backslashes, digits): coding and reading back gives the same pieces, and escaped text never
     * becomes a placeholder.
     */
    @Test
    void anyTextAndPlaceholdersComeBackAsTheyWere() {
        Random random = new Random(20261129);
        String alphabet = "<>/{}\\\\12 a";
        for (int round = 0; round < 20_000; round++) {
            List<Placeholders.Piece> pieces = new ArrayList<>();
            int n = random.nextInt(6);
            for (int k = 0; k < n; k++) {
                if (random.nextInt(3) == 0) {
                    int id = 1 + random.nextInt(12);
                    String token = switch (random.nextInt(3)) {
                        case 0 -> Placeholders.open(id);
                        case 1 -> Placeholders.close(id);
                        default -> Placeholders.isolated(id);
                    };
                    pieces.add(Placeholders.pieces(token).getFirst());
                } else {
                    StringBuilder text = new StringBuilder();
                    int length = 1 + random.nextInt(9);
                    for (int i = 0; i < length; i++) {
                        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    pieces.add(Placeholders.Piece.text(text.toString()));
                }
            }
            String coded = Placeholders.coded(pieces);
            assertThat(texts(Placeholders.pieces(coded))).as("coded: %s", coded).isEqualTo(texts(merged(pieces)));
            assertThat(Placeholders.tokens(coded)).extracting(Placeholders.Token::text).as("coded: %s", coded)
                    .isEqualTo(pieces.stream().filter(Placeholders.Piece::isToken).map(Placeholders.Piece::text).toList());
            assertThat(Placeholders.coded(Placeholders.pieces(coded))).as("one way to write it").isEqualTo(coded);
            String text = String.join("", texts(pieces.stream().filter(p -> !p.isToken()).toList()));
            assertThat(Placeholders.tokens(Placeholders.escape(text))).as("text: %s", text).isEmpty();
            assertThat(Placeholders.plain(Placeholders.escape(text))).isEqualTo(text);
        }
    }

    /** Adjacent text pieces read back as one. */
    private static List<Placeholders.Piece> merged(List<Placeholders.Piece> pieces) {
        List<Placeholders.Piece> result = new ArrayList<>();
        for (Placeholders.Piece piece : pieces) {
            if (!piece.isToken() && !result.isEmpty() && !result.getLast().isToken()) {
                result.add(Placeholders.Piece.text(result.removeLast().text() + piece.text()));
            } else {
                result.add(piece);
            }
        }
        return result;
    }

    private static List<String> texts(List<Placeholders.Piece> pieces) {
        return pieces.stream().map(p -> (p.isToken() ? "T:" : "") + p.text()).toList();
    }
}
