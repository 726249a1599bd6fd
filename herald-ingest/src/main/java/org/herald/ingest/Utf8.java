package org.herald.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8: bytes that are not UTF-8 are an error naming where, never silently replaced. */
final class Utf8 {
    private Utf8() {
    }

    /** Thrown for bytes that are not UTF-8; the message says at which byte. */
    static final class NotUtf8 extends Exception {
        private static final long serialVersionUID = 1L;

        NotUtf8(String message) {
            super(message);
        }
    }

    static String decode(byte[] bytes, int offset, int length) throws NotUtf8 {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate(length + 1);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            throw new NotUtf8("not UTF-8 text (invalid byte sequence at byte " + (in.position() - offset) + ")");
        }
        d.flush(out);
        String s = out.flip().toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    static String decode(byte[] bytes) throws NotUtf8 {
        return decode(bytes, 0, bytes.length);
    }

    /**
     * Reads lines as bytes, so that one line's bad bytes or excessive length fail that line only. A line longer
     * than {@code maxBytes} is skipped to its end and reported with its length.
     */
    static final class Lines {
        private final InputStream in;
        private final int maxBytes;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private long overflow;
        private boolean eof;

        Lines(InputStream in, int maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        /** The next line's bytes (without the line break), or null at the end. {@link #tooLong()} says if cut. */
        byte[] next() throws IOException {
            if (eof) {
                return null;
            }
            line.reset();
            overflow = 0;
            int b;
            boolean any = false;
            while ((b = in.read()) != -1) {
                any = true;
                if (b == '\n') {
                    return trimCr(line.toByteArray());
                }
                if (line.size() < maxBytes) {
                    line.write(b);
                } else {
                    overflow++;
                }
            }
            eof = true;
            return any ? trimCr(line.toByteArray()) : null;
        }

        /** How many bytes the last line had beyond the limit (0 when it fitted). */
        long tooLong() {
            return overflow;
        }

        private static byte[] trimCr(byte[] b) {
            if (b.length > 0 && b[b.length - 1] == '\r') {
                byte[] t = new byte[b.length - 1];
                System.arraycopy(b, 0, t, 0, t.length);
                return t;
            }
            return b;
        }
    }
}
