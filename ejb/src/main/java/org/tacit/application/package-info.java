/**
 * What the web layer may ask of the business layer: service interfaces and the DTO records they
 * speak. No entity crosses this boundary; no Faces, HTTP or PDF type is known here.
 */
package org.tacit.application;
