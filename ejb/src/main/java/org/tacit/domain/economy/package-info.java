/**
 * The US economy's arithmetic: published numbers per SOC occupation and how US employment divides
 * over O*NET occupations. Plain Java: no container, persistence, file-format or application
 * imports.
 */
package org.tacit.domain.economy;
