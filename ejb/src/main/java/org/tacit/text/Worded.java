package org.tacit.text;

/**
 * Something that tells its reader a {@link Sentence}, such as a refusal: whoever shows it puts it
 * in the reader's language, where its English message serves logs and the API.
 */
public interface Worded {

  Sentence sentence();
}
