package dev.stackbench.model.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Compares a response with a step's expectations; returns the first problem in plain words, or null. */
final class StepCheck {
    private StepCheck() {
    }

    static String problem(Step step, ScenarioRunner.Reply reply, Map<String, String> vars) {
        if (reply.status() != step.status()) {
            return "expected status " + step.status() + " but got " + reply.status() + ": " + cut(reply.body());
        }
        if (reply.raw().headers().firstValue("X-Request-Id").isEmpty()) {
            return "no X-Request-Id header";
        }
        JsonNode json = reply.json();
        return switch (step.shape().kind()) {
            case EMPTY -> reply.body().isEmpty() ? null : "expected no body";
            case ANY -> null;
            case OBJECT -> object(step, json);
            case LIST -> list(step, json);
            case ERROR -> error(step, json, vars);
        };
    }

    private static String object(Step step, JsonNode json) {
        if (!json.path("success").asBoolean(false) || !json.path("data").isObject()) {
            return "expected a success envelope with an object: " + cut(json.toString());
        }
        List<String> seen = new ArrayList<>();
        json.get("data").fieldNames().forEachRemaining(n -> {
            if (step.shape().properties().contains(n)) {
                seen.add(n);
            }
        });
        return seen.equals(step.shape().properties()) ? null
                : "expected properties " + step.shape().properties() + " but saw " + seen;
    }

    private static String list(Step step, JsonNode json) {
        JsonNode meta = json.path("meta");
        if (!json.path("success").asBoolean(false) || !json.path("data").isArray() || !meta.has("total")
                || !meta.has("page") || !meta.has("limit") || !meta.has("requestId")) {
            return "expected a list envelope: " + cut(json.toString());
        }
        Integer limit = step.shape().limit();
        if (limit != null && meta.get("limit").asInt() != limit) {
            return "expected meta.limit " + limit + " but got " + meta.get("limit");
        }
        Integer max = step.shape().maxItems();
        return max != null && json.get("data").size() > max ? "expected at most " + max + " rows" : null;
    }

    private static String error(Step step, JsonNode json, Map<String, String> vars) {
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        List<String> expectedKeys = json.has("errors") ? List.of("success", "data", "error", "errors", "meta")
                : List.of("success", "data", "error", "meta");
        if (!keys.equals(expectedKeys) || json.get("success").asBoolean(true) || !json.get("data").isNull()) {
            return "expected a failure envelope in contract order: " + cut(json.toString());
        }
        String expected = step.error();
        for (Map.Entry<String, String> v : vars.entrySet()) {
            expected = expected.replace("{" + v.getKey() + "}", v.getValue());
        }
        if (!json.get("error").asText().equals(expected)) {
            return "expected error '" + expected + "' but got '" + json.get("error").asText() + "'";
        }
        return step.errors() == null ? null : fieldErrors(step.errors(), json.path("errors"));
    }

    private static String fieldErrors(List<Step.FieldMessage> expected, JsonNode errors) {
        List<Step.FieldMessage> actual = new ArrayList<>();
        Iterator<JsonNode> it = errors.elements();
        while (it.hasNext()) {
            JsonNode e = it.next();
            actual.add(new Step.FieldMessage(e.path("field").asText(), e.path("message").asText()));
        }
        return actual.equals(expected) ? null : "expected errors " + expected + " but got " + actual;
    }

    private static String cut(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
