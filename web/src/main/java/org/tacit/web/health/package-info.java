/**
 * What the run command, the load balancer and an operator watch: MicroProfile Health checks polled
 * before traffic is sent, the portal's request times in MicroProfile Metrics, and how a database
 * that does not answer is told apart from every other failure (pages and API calls then answer
 * 503).
 */
package org.tacit.web.health;
