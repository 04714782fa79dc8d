/**
 * The web layer: pages, view beans, REST resources and sign-in. It speaks to the business layer
 * through the public interfaces and records of the application's capabilities (with the domain's
 * value types such as task facts and scopes), never through their internal packages, entities'
 * repositories or any other adapter of {@code org.tacit.infrastructure}; LayerRulesTest holds this.
 */
package org.tacit.web;
