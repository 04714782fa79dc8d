package org.tacit.infrastructure.onet;

/**
 * The files are not an O*NET text release this reader understands: a required file is missing, a
 * header is not O*NET's, or a value is not what the column holds. The message names the file and
 * line and says what to do, since an administrator reads it after an upload.
 */
public class OnetReleaseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public OnetReleaseException(String message) {
    super(message);
  }
}
