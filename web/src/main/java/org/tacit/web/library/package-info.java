/**
 * The O*NET library page: finding occupations and starting roles from them. Talks to application
 * services only.
 */
package org.tacit.web.library;
