/**
 * The O*NET occupation library: releases, occupations and their tasks, roles made from an
 * occupation. Other capabilities and the web module use only the interfaces and records here.
 */
package org.tacit.application.library;
