package dev.stackbench.server.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/** Inserts link-id arrays into a row just before its timestamps, keeping the contract's property order. */
final class LinkMerge {
    private LinkMerge() {
    }

    static ObjectNode merge(ObjectNode row, Map<String, List<Object>> links, ObjectMapper json) {
        ObjectNode out = json.createObjectNode();
        boolean done = false;
        var names = row.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!done && (name.equals("createdAt") || name.equals("updatedAt"))) {
                add(out, links);
                done = true;
            }
            out.set(name, row.get(name));
        }
        if (!done) {
            add(out, links);
        }
        return out;
    }

    private static void add(ObjectNode out, Map<String, List<Object>> links) {
        links.forEach((property, ids) -> {
            ArrayNode array = out.putArray(property);
            ids.forEach(id -> {
                if (id instanceof Number n) {
                    array.add(n.longValue());
                } else {
                    array.add(String.valueOf(id));
                }
            });
        });
    }
}
