package dev.stackbench.server.rest;

import dev.stackbench.model.Endpoint;

import java.sql.SQLException;
import java.util.List;

/** A route of the current model: method, path template split in segments, endpoint (null for auth), action. */
record Route(String method, String template, List<String> segments, Endpoint endpoint, Action action) {

    /** What a route does. */
    @FunctionalInterface
    interface Action {
        ApiResponse run(Call call) throws SQLException;
    }

    static Route of(String method, String template, Endpoint endpoint, Action action) {
        return new Route(method, template, split(template), endpoint, action);
    }

    /** The non-empty segments of a path; runs on every request, so a plain scan. */
    static List<String> split(String path) {
        List<String> segments = new java.util.ArrayList<>(6);
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/') {
                if (i > start) {
                    segments.add(path.substring(start, i));
                }
                start = i + 1;
            }
        }
        return segments;
    }

    /** Path variables when {@code path} matches, else null. */
    java.util.Map<String, String> match(List<String> path) {
        if (path.size() != segments.size()) {
            return null;
        }
        java.util.Map<String, String> vars = new java.util.LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            if (s.startsWith("{") && s.endsWith("}")) {
                vars.put(s.substring(1, s.length() - 1), path.get(i));
            } else if (!s.equals(path.get(i))) {
                return null;
            }
        }
        return vars;
    }

    /** Literal segments count more, so {@code /api/auth/me} beats {@code /api/auth/{id}}. */
    int specificity() {
        return (int) segments.stream().filter(s -> !s.startsWith("{")).count();
    }
}
