package io.greenwave.security.boundary;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over the limit with 413 before anything parses them. A declared {@code
 * Content-Length} is checked at once; a chunked body is read up to the limit first (it cannot be
 * larger than that in memory) and handed on from the buffer. The default, 4 MiB, holds a readings
 * batch of 10,000 JSON readings with room to spare.
 */
final class BodySizeLimit {
  static final long DRAIN_BYTES = 64L * 1024 * 1024;

  private BodySizeLimit() {}

  /**
   * @return the request to go on with, or null when the answer (413) has been sent
   */
  static HttpServletRequest apply(
      HttpServletRequest request, HttpServletResponse response, long maxBytes) throws IOException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      tooLarge(request, response, maxBytes);
      return null;
    }
    if (declared >= 0) {
      return request;
    }
    // no declared length: a chunked body (or none at all)
    byte[] body = readUpTo(request.getInputStream(), maxBytes + 1);
    if (body.length > maxBytes) {
      tooLarge(request, response, maxBytes);
      return null;
    }
    return new Buffered(request, body);
  }

  /**
   * Reads and discards what the client is still sending, up to {@link #DRAIN_BYTES}, so that it can
   * read the 413 instead of seeing its upload cut off; a larger body gets the connection closed.
   */
  private static boolean drained(InputStream in) throws IOException {
    byte[] chunk = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(chunk)) > 0) {
      total += n;
      if (total > DRAIN_BYTES) {
        return false;
      }
    }
    return true;
  }

  private static byte[] readUpTo(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    int n;
    while (out.size() < max && (n = in.read(chunk)) > 0) {
      out.write(chunk, 0, n);
    }
    return out.toByteArray();
  }

  private static void tooLarge(
      HttpServletRequest request, HttpServletResponse response, long maxBytes) throws IOException {
    if (!drained(request.getInputStream())) {
      response.setHeader("Connection", "close");
    }
    HttpProblems.write(
        request,
        response,
        413,
        "body-too-large",
        "Request body too large",
        "The request body exceeds " + maxBytes + " bytes (greenwave.security.max-body-bytes)");
  }

  /** A request whose body was read into memory. */
  private static final class Buffered extends HttpServletRequestWrapper {
    private final byte[] body;

    Buffered(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("buffered body is read synchronously");
        }
      };
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
