package {{package}}.data;

import {{package}}.web.ApiException;
import {{package}}.web.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A list's query: {@code page}, {@code limit} (defaulted, capped at the maximum, never refused for being large),
 * equality filters on the endpoint's filterable properties and {@code sort} on its sortable ones. Every problem
 * is collected into one 400.
 */
public record ListRequest(int page, int limit, List<Condition> filters, List<SortKey> sort) {

    /** What an endpoint allows: filterable and sortable properties, default and maximum page size. */
    public record Rules(List<String> filterable, List<String> sortable, int defaultLimit, int maxLimit) {
    }

    public static ListRequest parse(Map<String, List<String>> query, Schema schema, Rules rules) {
        List<FieldError> errors = new ArrayList<>();
        int page = positive(query, "page", 1, errors);
        int limit = Math.min(positive(query, "limit", rules.defaultLimit(), errors), rules.maxLimit());
        List<Condition> filters = new ArrayList<>();
        List<SortKey> sort = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            String name = e.getKey();
            if (name.equals("page") || name.equals("limit")) {
                continue;
            }
            var property = schema.property(name);
            if (name.equals("sort")) {
                sort(e.getValue().get(0), schema, rules, sort, errors);
            } else if (rules.filterable().contains(name) && property.isPresent()) {
                try {
                    filters.add(new Condition(property.get().column(), Values.fromText(e.getValue().get(0),
                            property.get())));
                } catch (Values.Mismatch m) {
                    errors.add(new FieldError(name, m.getMessage()));
                }
            } else {
                errors.add(new FieldError(name, "is not a filter of this list"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new ListRequest(page, limit, filters, sort);
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

    private static void sort(String spec, Schema schema, Rules rules, List<SortKey> sort, List<FieldError> errors) {
        for (String raw : spec.split(",", -1)) {
            String key = raw.trim();
            boolean descending = key.startsWith("-");
            String name = descending ? key.substring(1) : key;
            var property = schema.property(name).filter(p -> p.role() != Property.Role.SENSITIVE);
            if (!rules.sortable().contains(name) || property.isEmpty()) {
                errors.add(new FieldError("sort", "cannot sort by " + name));
            } else {
                sort.add(new SortKey(property.get().column(), descending));
            }
        }
    }

    public long offset() {
        return (long) (page - 1) * limit;
    }
}
