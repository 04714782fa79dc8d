/**
 * Reads O*NET: the official text release (a folder or the ZIP users download from O*NET), the
 * starter library the product ships, and the bundled reference tables of work context and basic
 * skills. The result is a domain draft; no container or persistence imports.
 */
package org.tacit.infrastructure.onet;
