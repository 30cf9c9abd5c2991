package dev.stackbench.server.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The routes of one model, indexed by segment count and resource segment ({@code posts} in
 * {@code /api/posts/{id}}), so a request looks at a handful of routes even when the model has thousands.
 * Within a bucket routes keep their specificity order: literal segments win over variables.
 */
final class RouteTable {
    private static final String ANY = "{}";
    private final List<Route> all;
    private final Map<String, List<Route>> buckets = new HashMap<>();

    RouteTable(List<Route> routes) {
        List<Route> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparingInt(Route::specificity).reversed());
        this.all = List.copyOf(sorted);
        for (Route route : all) {
            buckets.computeIfAbsent(key(route.segments().size(), resourceSegment(route.segments())),
                    k -> new ArrayList<>()).add(route);
        }
    }

    /** A matched route with its path variables. */
    record Match(Route route, Map<String, String> vars) {
    }

    /** What a path finds: the route for this method if any, else the methods other routes of the path allow. */
    record Lookup(Match match, Set<String> allowed) {
    }

    List<Route> all() {
        return all;
    }

    Lookup lookup(String method, List<String> segments) {
        Set<String> allowed = new LinkedHashSet<>();
        Match best = null;
        for (List<Route> bucket : candidates(segments)) {
            for (Route route : bucket) {
                if (best != null && route.specificity() <= best.route().specificity()) {
                    break;
                }
                Map<String, String> vars = route.match(segments);
                if (vars == null) {
                    continue;
                }
                if (route.method().equals(method)) {
                    best = new Match(route, vars);
                    break;
                }
                allowed.add(route.method());
            }
        }
        return new Lookup(best, allowed);
    }

    private List<List<Route>> candidates(List<String> segments) {
        List<List<Route>> lists = new ArrayList<>(2);
        String resource = resourceSegment(segments);
        if (!resource.equals(ANY)) {
            lists.add(buckets.getOrDefault(key(segments.size(), resource), List.of()));
        }
        lists.add(buckets.getOrDefault(key(segments.size(), ANY), List.of()));
        return lists;
    }

    /** The second segment ({@code posts} after {@code api}), or a wildcard when the template has a variable there. */
    private static String resourceSegment(List<String> segments) {
        if (segments.size() < 2 || segments.get(1).startsWith("{")) {
            return ANY;
        }
        return segments.get(1);
    }

    private static String key(int size, String resource) {
        return size + "/" + resource;
    }
}
