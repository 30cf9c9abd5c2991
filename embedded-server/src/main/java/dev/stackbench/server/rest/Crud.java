package dev.stackbench.server.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.ApiStyle;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.plan.Column;
import dev.stackbench.model.plan.Table;
import dev.stackbench.server.events.EntityEvent;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CRUD operations of one entity: list (page, filters, sort, nested scope, owner scope), get, create,
 * replace, patch and delete, each in one transaction, publishing an entity event after commit.
 */
final class Crud {
    private final Resource r;
    private final Repository repo;
    private final RestContext ctx;
    private final ApiStyle style;
    private final Ownership ownership;

    Crud(Resource r, Repository repo, RestContext ctx, ApiStyle style) {
        this.r = r;
        this.repo = repo;
        this.ctx = ctx;
        this.style = style;
        this.ownership = new Ownership(r, repo);
    }

    ApiResponse list(Call call) throws SQLException {
        ListQuery q = ListQuery.parse(call.request().query(), call.endpoint(), r, style.defaultPageSize(),
                style.maxPageSize());
        List<Repository.Condition> where = new ArrayList<>(q.filters());
        Repository.Page page = ctx.database().read(c -> {
            scope(call, c).ifPresent(where::add);
            ownership.listFilter(call).ifPresent(where::add);
            return repo.list(c, r, where, q.sort(), q.limit(), q.offset());
        });
        ArrayNode rows = ctx.json().createArrayNode();
        page.rows().forEach(rows::add);
        return ApiResponse.of(200, Envelope.page(rows, call.requestId(), page.total(), q.page(), q.limit()));
    }

    /** The nested route's parent filter; 404 when the parent row does not exist. */
    private java.util.Optional<Repository.Condition> scope(Call call, Connection c) throws SQLException {
        Endpoint ep = call.endpoint();
        if (ep.scopeRelationshipId() == null) {
            return java.util.Optional.empty();
        }
        Column fk = r.table().columns().stream().filter(col -> col.elementId().equals(ep.scopeRelationshipId()))
                .findFirst().orElseThrow();
        String parentTable = r.table().foreignKeys().stream().filter(f -> f.column().equals(fk.name()))
                .findFirst().orElseThrow().referencedTable();
        String variable = call.vars().keySet().iterator().next();
        String raw = call.vars().get(variable);
        Object parentId = Ids.parse(raw, r.table(), variable);
        if (!repo.exists(c, parentTable, parentId)) {
            throw new ApiException(404, Words.title(r.referencedWords().get(fk.property())) + " " + raw
                    + " not found");
        }
        return java.util.Optional.of(new Repository.Condition(fk.name(), parentId));
    }

    ApiResponse get(Call call) throws SQLException {
        Object id = Ids.parse(call.vars().get("id"), r.table(), "id");
        ObjectNode row = ctx.database().read(c -> {
            ownership.check(call, c, id);
            return repo.find(c, r, id).orElseThrow(() -> notFound(call));
        });
        return ApiResponse.of(200, Envelope.ok(row, call.requestId()));
    }

    ApiResponse create(Call call) throws SQLException {
        ObjectNode body = BodyParser.object(call.request());
        ObjectNode row = ctx.database().transaction(c -> {
            Validator.Changes changes = Validator.check(r, body, Validator.Mode.CREATE, c, repo, null);
            Map<String, Object> values = new java.util.LinkedHashMap<>(changes.columns());
            ownership.stampOwner(call, values);
            scope(call, c).ifPresent(s -> values.put(s.column(), s.value()));
            placeholders(values);
            UniqueIndexes.check(r, values, c, repo, null);
            stamp(values, true);
            Object id = repo.insert(c, r, values);
            for (Map.Entry<Link, List<Object>> e : changes.links().entrySet()) {
                repo.replaceLinks(c, e.getKey(), id, e.getValue());
            }
            return repo.find(c, r, id).orElseThrow();
        });
        publish(EntityEvent.CREATED, row);
        return ApiResponse.of(201, Envelope.ok(row, call.requestId()))
                .withHeader("Location", "/api/" + r.resource() + "/" + row.get("id").asText());
    }

    ApiResponse change(Call call, Validator.Mode mode) throws SQLException {
        Object id = Ids.parse(call.vars().get("id"), r.table(), "id");
        ObjectNode body = BodyParser.object(call.request());
        ObjectNode row = ctx.database().transaction(c -> {
            ownership.check(call, c, id);
            if (!repo.exists(c, r.table().name(), id)) {
                throw notFound(call);
            }
            Validator.Changes changes = Validator.check(r, body, mode, c, repo, id);
            Map<String, Object> values = new java.util.LinkedHashMap<>(changes.columns());
            UniqueIndexes.check(r, values, c, repo, id);
            stamp(values, false);
            repo.update(c, r, id, values);
            for (Map.Entry<Link, List<Object>> e : changes.links().entrySet()) {
                repo.replaceLinks(c, e.getKey(), id, e.getValue());
            }
            return repo.find(c, r, id).orElseThrow();
        });
        publish(EntityEvent.UPDATED, row);
        return ApiResponse.of(200, Envelope.ok(row, call.requestId()));
    }

    ApiResponse delete(Call call) throws SQLException {
        Object id = Ids.parse(call.vars().get("id"), r.table(), "id");
        ObjectNode row = ctx.database().transaction(c -> {
            ownership.check(call, c, id);
            ObjectNode existing = repo.find(c, r, id).orElseThrow(() -> notFound(call));
            var referencing = repo.referencedBy(c, r.table().name(), id);
            if (referencing.isPresent()) {
                throw new ApiException(409, r.title() + " " + call.vars().get("id") + " is still referenced by "
                        + referencing.get());
            }
            repo.delete(c, r, id);
            return existing;
        });
        publish(EntityEvent.DELETED, row);
        return new ApiResponse(204, null, Map.of());
    }

    private ApiException notFound(Call call) {
        return new ApiException(404, r.title() + " " + call.vars().get("id") + " not found");
    }

    /** Required sensitive fields (a password hash) get an unusable value: no API can set them directly. */
    private void placeholders(Map<String, Object> values) {
        for (Column c : r.table().columns()) {
            boolean sensitive = c.role() == Column.Role.FIELD && !r.fields().containsKey(c.property());
            if (sensitive && !c.nullable() && !values.containsKey(c.name())) {
                values.put(c.name(), "!unusable-" + java.util.UUID.randomUUID());
            }
        }
    }

    private void stamp(Map<String, Object> values, boolean created) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        Table t = r.table();
        for (Column c : t.columns()) {
            if (c.role() == Column.Role.UPDATED_AT || created && c.role() == Column.Role.CREATED_AT) {
                values.put(c.name(), now);
            }
        }
    }

    private void publish(String type, ObjectNode row) {
        ctx.events().publish(new EntityEvent(type, r.entity().id(), r.resource(), row.get("id").asText(), row));
    }
}
