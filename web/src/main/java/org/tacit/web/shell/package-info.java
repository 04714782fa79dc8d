/**
 * The portal's frame: the areas a role may open, the navigation built from them, sign-out, the one
 * way a refusal is answered (403 in the shell, naming what is refused), and the words pages read in
 * the reader's language (the message bundle, plurals, money and dates), and what a page asks the
 * server at most once a request.
 */
package org.tacit.web.shell;
