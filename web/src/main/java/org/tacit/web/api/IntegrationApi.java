package org.tacit.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Version 1 of the integration API; paths and payloads as in the method brief (METHOD.md). */
@ApplicationPath("api/v1")
public class IntegrationApi extends Application {}
