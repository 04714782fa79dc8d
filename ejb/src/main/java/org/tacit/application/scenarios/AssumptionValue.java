package org.tacit.application.scenarios;

import java.io.Serializable;

/** One assumption of a scenario as people read it: its value beside its default and the source. */
public record AssumptionValue(
    String name, String value, String defaultValue, String source, boolean atDefault)
    implements Serializable {}
