/** View beans of the Admin area (tacit-admin only). */
package org.tacit.web.admin;
