package dev.stackbench.server.rest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the REST layer answers: a status, extra headers, and a JSON body ({@code null} for 204). */
public record ApiResponse(int status, JsonNode body, Map<String, String> headers) {
    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    public static ApiResponse of(int status, JsonNode body) {
        return new ApiResponse(status, body, Map.of());
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiResponse(status, body, copy);
    }
}
