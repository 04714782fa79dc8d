/** The Reports area: the realistic substitution estimate under each scenario, year by year. */
package org.tacit.web.reports;
