/** The portal's frame: the areas a role may open, the navigation built from them, and sign-out. */
package org.tacit.web.shell;
