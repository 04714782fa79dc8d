/** MicroProfile Health checks that the run command and the tests poll before they go on. */
package org.tacit.web.health;
