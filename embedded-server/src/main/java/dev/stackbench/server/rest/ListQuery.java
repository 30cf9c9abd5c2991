package dev.stackbench.server.rest;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.plan.Column;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The query string of a list: {@code page}, {@code limit} (defaulted, capped at the maximum, never refused for
 * being large), equality filters on the endpoint's filterable properties and {@code sort} on its sortable ones.
 * Every problem is collected into one 400.
 */
record ListQuery(int page, int limit, List<Repository.Condition> filters, List<Repository.SortKey> sort) {

    static ListQuery parse(Map<String, List<String>> query, Endpoint endpoint, Resource r, int defaultSize,
                           int maxSize) {
        List<FieldError> errors = new ArrayList<>();
        int page = positive(query, "page", 1, errors);
        int limit = Math.min(positive(query, "limit", defaultSize, errors), maxSize);
        List<Repository.Condition> filters = new ArrayList<>();
        List<Repository.SortKey> sort = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            String name = e.getKey();
            if (name.equals("page") || name.equals("limit")) {
                continue;
            }
            if (name.equals("sort")) {
                sort(e.getValue().get(0), endpoint, r, sort, errors);
            } else if (endpoint.filterable().contains(name) && r.table().columnForProperty(name).isPresent()) {
                filter(name, e.getValue().get(0), r.table().columnForProperty(name).get(), filters, errors);
            } else {
                errors.add(new FieldError(name, "is not a filter of this list"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new ListQuery(page, limit, filters, sort);
    }

    private static int positive(Map<String, List<String>> query, String name, int fallback, List<FieldError> errors) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(values.get(0));
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, like any non-positive value
        }
        errors.add(new FieldError(name, "must be a positive integer"));
        return fallback;
    }

    private static void filter(String name, String text, Column column, List<Repository.Condition> filters,
                               List<FieldError> errors) {
        try {
            filters.add(new Repository.Condition(column.name(), Values.fromText(text, column.type())));
        } catch (Values.TypeMismatch e) {
            errors.add(new FieldError(name, e.getMessage()));
        }
    }

    private static void sort(String spec, Endpoint endpoint, Resource r, List<Repository.SortKey> sort,
                             List<FieldError> errors) {
        for (String raw : spec.split(",", -1)) {
            String key = raw.trim();
            boolean descending = key.startsWith("-");
            String name = descending ? key.substring(1) : key;
            var column = r.table().columnForProperty(name);
            if (!endpoint.sortable().contains(name) || column.isEmpty()) {
                errors.add(new FieldError("sort", "cannot sort by " + name));
            } else {
                sort.add(new Repository.SortKey(column.get().name(), descending));
            }
        }
    }

    long offset() {
        return (long) (page - 1) * limit;
    }
}
