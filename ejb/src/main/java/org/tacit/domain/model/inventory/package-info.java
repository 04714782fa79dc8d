/**
 * The task inventory as HR describes it: the task facts of the rubric and the scales they are
 * answered on. JPA-mapped entities in plain Java: jakarta.persistence annotations, and no
 * container, file-format or infrastructure imports.
 */
package org.tacit.domain.model.inventory;
