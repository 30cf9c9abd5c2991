package dev.stackbench.export.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Project;
import dev.stackbench.model.plan.Table;

/** {@code page}, {@code limit} (default and maximum from the API style), the filters and {@code sort} of a list. */
final class ListParameters {
    private ListParameters() {
    }

    static void add(Project project, Table table, Endpoint ep, ArrayNode params) {
        ObjectNode page = params.addObject().put("name", "page").put("in", "query")
                .put("description", "Page number, from 1");
        page.putObject("schema").put("type", "integer").put("minimum", 1).put("default", 1);
        ObjectNode limit = params.addObject().put("name", "limit").put("in", "query")
                .put("description", "Rows per page; larger values are capped at the maximum");
        limit.putObject("schema").put("type", "integer").put("minimum", 1)
                .put("default", project.apiStyle().defaultPageSize()).put("maximum", project.apiStyle().maxPageSize());
        for (String property : ep.filterable()) {
            table.columnForProperty(property).ifPresent(c -> {
                ObjectNode filter = params.addObject().put("name", property).put("in", "query")
                        .put("description", "Only rows whose " + property + " equals this value");
                filter.set("schema", Schemas.type(c.type(), null, false));
            });
        }
        if (!ep.sortable().isEmpty()) {
            ObjectNode sort = params.addObject().put("name", "sort").put("in", "query")
                    .put("description", "Comma-separated keys, '-' for descending: " + String.join(", ", ep.sortable()));
            sort.putObject("schema").put("type", "string");
            Extensions.sortable(sort, ep);
        }
    }
}
