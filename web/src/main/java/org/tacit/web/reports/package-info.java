/**
 * The Reports area: the realistic substitution estimate under each scenario, year by year, and the
 * scenarios page where analysts and administrators change the scenarios. Talks to application
 * services only, in their DTOs.
 */
package org.tacit.web.reports;
