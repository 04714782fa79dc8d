package org.tacit.web.api;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded body kept in a temporary file for the services, which read files; deleted on close.
 */
final class RequestBody implements AutoCloseable {

  private final Path file;

  private RequestBody(Path file) {
    this.file = file;
  }

  /** Copies at most {@code maxBytes}; a larger body is refused with 413 before anything is read. */
  static RequestBody store(InputStream body, String suffix, long maxBytes) throws IOException {
    Path file = Files.createTempFile("tacit-api-", suffix);
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int read; (read = body.read(buffer)) != -1; ) {
        total += read;
        if (total > maxBytes) {
          throw new ClientErrorException(
              "The body is larger than " + maxBytes / (1024 * 1024) + " MiB.",
              Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        out.write(buffer, 0, read);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return new RequestBody(file);
  }

  Path file() {
    return file;
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(file);
  }
}
