package org.interlinea.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * windows-1252 as browsers read it (the WHATWG Encoding Standard): the five bytes Java's windows-1252 leaves
 * undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are the C1 controls of the same number. Browsers show such pages,
 * so Interlinea must read them and write every byte back; with Java's table they could not be read at all.
 * It keeps the name windows-1252: it is the same encoding, only completed.
 */
final class Windows1252 extends Charset {

    static final Windows1252 INSTANCE = new Windows1252();

    private static final char[] DECODE = new char[256];
    private static final byte[] ENCODE = new byte[0x10000];
    private static final boolean[] ENCODABLE = new boolean[0x10000];

    static {
        Charset java = Charset.forName("windows-1252");
        for (int b = 0; b < 256; b++) {
            CharsetDecoder decoder = java.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            char c;
            try {
                c = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b})).charAt(0);
            } catch (java.nio.charset.CharacterCodingException undefined) {
                c = (char) b; // the C1 control, as in the Encoding Standard's index
            }
            DECODE[b] = c;
            ENCODE[c] = (byte) b;
            ENCODABLE[c] = true;
        }
    }

    private Windows1252() {
        super("windows-1252", new String[0]);
    }

    @Override
    public boolean contains(Charset cs) {
        return cs.name().equals("US-ASCII") || cs.name().equals("windows-1252");
    }

    @Override
    public CharsetDecoder newDecoder() {
        return new CharsetDecoder(this, 1f, 1f) {
            @Override
            protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
                while (in.hasRemaining()) {
                    if (!out.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
                    out.put(DECODE[in.get() & 0xFF]);
                }
                return CoderResult.UNDERFLOW;
            }
        };
    }

    @Override
    public CharsetEncoder newEncoder() {
        return new CharsetEncoder(this, 1f, 1f) {
            @Override
            protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
                while (in.hasRemaining()) {
                    char c = in.get(in.position());
                    if (!ENCODABLE[c]) {
                        if (!Character.isSurrogate(c)) {
                            return CoderResult.unmappableForLength(1);
                        }
                        boolean pair = Character.isHighSurrogate(c) && in.remaining() > 1
                                && Character.isLowSurrogate(in.get(in.position() + 1));
                        return pair ? CoderResult.unmappableForLength(2) : CoderResult.malformedForLength(1);
                    }
                    if (!out.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
                    out.put(ENCODE[c]);
                    in.position(in.position() + 1);
                }
                return CoderResult.UNDERFLOW;
            }

            @Override
            public boolean canEncode(char c) {
                return ENCODABLE[c];
            }

            @Override
            public boolean isLegalReplacement(byte[] replacement) {
                return true;
            }
        };
    }
}
