package dev.stackbench.server.rest;

import dev.stackbench.model.Endpoint;
import dev.stackbench.server.auth.Caller;

import java.util.Map;

/** One routed request: the request, the endpoint it matched (null for auth routes), path variables, caller. */
record Call(ApiRequest request, Endpoint endpoint, Map<String, String> vars, Caller caller) {
    String requestId() {
        return request.requestId();
    }
}
