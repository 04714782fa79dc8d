/**
 * What the run command, the load balancer and an operator watch: MicroProfile Health checks polled
 * before traffic is sent, and the portal's request times in MicroProfile Metrics.
 */
package org.tacit.web.health;
