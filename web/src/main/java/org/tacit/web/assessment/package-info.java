/**
 * View beans of the Assessment area: the rule sets, runs and their comparison. Talks to application
 * services only, in their DTOs; class names and badges for people come from {@link ClassLabels}.
 */
package org.tacit.web.assessment;
