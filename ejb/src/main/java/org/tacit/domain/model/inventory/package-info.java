/**
 * The task inventory as HR describes it: the task facts of the rubric and the scales they are
 * answered on. Plain Java; no container, persistence or file-format imports.
 */
package org.tacit.domain.model.inventory;
