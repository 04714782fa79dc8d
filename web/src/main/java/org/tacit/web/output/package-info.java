/**
 * How user text is written into the places it lands in a page beyond HTML text, which Facelets
 * already encodes: a script or a JSON blob inside a page. Every chart model goes through here, and
 * starts from the options all charts share.
 */
package org.tacit.web.output;
