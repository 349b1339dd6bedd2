package dev.ledgerline.hub.ingest;

import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.hub.web.ApiException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The request body as strict UTF-8 characters, cut off at the size limit. A body in UTF-16 or
 * UTF-32 (recognised by its byte-order mark or zero bytes, as RFC 8259 describes) is refused before
 * parsing; any other invalid byte sequence fails the read with a {@code CharacterCodingException}.
 */
final class LimitedUtf8Input {

    private LimitedUtf8Input() {}

    static Reader open(InputStream body, long maxBytes) throws IOException {
        PushbackInputStream in = new PushbackInputStream(new Counting(body, maxBytes), 4);
        byte[] head = new byte[4];
        int n = in.readNBytes(head, 0, 4);
        int skip = 0;
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            skip = 3; // a UTF-8 byte-order mark is tolerated
        } else if (n >= 2 && (isUtf16Bom(head) || head[0] == 0 || head[1] == 0)) {
            throw new ApiException(400, ErrorCode.INVALID_ENCODING, "the body must be UTF-8");
        }
        in.unread(head, skip, n - skip);
        return new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static boolean isUtf16Bom(byte[] b) {
        int b0 = b[0] & 0xFF;
        int b1 = b[1] & 0xFF;
        return (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE);
    }

    /** Fails the read once more than {@code max} bytes came in, whatever Content-Length said. */
    private static final class Counting extends FilterInputStream {
        private final long max;
        private long count;

        Counting(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws IOException {
            count += n;
            if (count > max) {
                throw new BodyLimitExceededException(max);
            }
        }
    }
}
