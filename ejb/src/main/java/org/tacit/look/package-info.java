/**
 * One look for a figure: how a share is rounded ({@link org.tacit.look.Shares}) and which colour a
 * scenario, a figure kind or a task class wears ({@link org.tacit.look.Palette}), the same on the
 * Reports page and in the board PDF. Imports nothing of the project, so every layer may use it.
 */
package org.tacit.look;
