/** View beans of the Inventory area: departments, roles and the file import. */
package org.tacit.web.inventory;
