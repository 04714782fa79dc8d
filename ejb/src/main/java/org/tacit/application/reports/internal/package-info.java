/**
 * The reports service ({@code @Stateless}) and the figures it computes, including the board
 * report's figures that {@code infrastructure/reports} renders. Only the reports capability uses
 * this package.
 */
package org.tacit.application.reports.internal;
