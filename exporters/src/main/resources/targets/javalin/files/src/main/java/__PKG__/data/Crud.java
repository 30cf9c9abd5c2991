package {{package}}.data;

import {{package}}.auth.Access;
import {{package}}.auth.Caller;
import {{package}}.db.Database;
import {{package}}.realtime.Events;
import {{package}}.web.ApiException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CRUD rules every resource shares: one transaction per operation, ownership (the owner is stamped from the
 * caller; owner-only endpoints touch only the caller's rows), nested scopes, validation, unique checks,
 * timestamps, restricted deletes, and an entity event published after commit. Services compose it and add
 * their own business rules around it.
 */
public final class Crud<T> {
    /** A created row and its id (for the Location header). */
    public record Created<T>(Object id, T row) {
    }

    private final Database database;
    private final TableRepository<T> repository;
    private final Validator validator;
    private final Events events;
    private final String resource;
    private final Schema schema;

    public Crud(Database database, TableRepository<T> repository, Events events, String resource) {
        this.database = database;
        this.repository = repository;
        this.schema = repository.schema();
        this.validator = new Validator(schema, repository);
        this.events = events;
        this.resource = resource;
    }

    public Page<T> list(ListRequest query, Scope scope, Caller caller, Access access) throws SQLException {
        return database.read(c -> {
            List<Condition> where = new ArrayList<>(query.filters());
            scope(scope, c).ifPresent(where::add);
            if (access.ownRowsOnly(caller)) {
                where.add(new Condition(ownerColumn(), Ids.of(caller.id(), schema.idType())));
            }
            return repository.list(c, where, query.sort(), query.limit(), query.offset());
        });
    }

    public T get(String rawId, Caller caller, Access access) throws SQLException {
        Object id = Ids.parse(rawId, schema.idType(), "id");
        return database.read(c -> {
            checkOwner(c, id, caller, access);
            return repository.find(c, id).orElseThrow(() -> notFound(rawId));
        });
    }

    public Created<T> create(ObjectNode body, Scope scope, Caller caller) throws SQLException {
        Created<T> created = database.transaction(c -> {
            Changes changes = validator.check(body, Validator.Mode.CREATE, c, null);
            Map<String, Object> values = new LinkedHashMap<>(changes.columns());
            stampOwner(caller, values);
            scope(scope, c).ifPresent(s -> values.put(s.column(), s.value()));
            unusableSecrets(values);
            validator.checkUniqueIndexes(values, c, null);
            stamp(values, true);
            Object id = repository.insert(c, values);
            for (Map.Entry<Link, List<Object>> e : changes.links().entrySet()) {
                repository.replaceLinks(c, e.getKey(), id, e.getValue());
            }
            return new Created<>(id, repository.find(c, id).orElseThrow());
        });
        events.publish(resource, "created", created.row());
        return created;
    }

    public T change(String rawId, ObjectNode body, Validator.Mode mode, Caller caller, Access access)
            throws SQLException {
        Object id = Ids.parse(rawId, schema.idType(), "id");
        T row = database.transaction(c -> {
            checkOwner(c, id, caller, access);
            if (!repository.exists(c, schema.table(), id)) {
                throw notFound(rawId);
            }
            Changes changes = validator.check(body, mode, c, id);
            Map<String, Object> values = new LinkedHashMap<>(changes.columns());
            validator.checkUniqueIndexes(values, c, id);
            stamp(values, false);
            repository.update(c, id, values);
            for (Map.Entry<Link, List<Object>> e : changes.links().entrySet()) {
                repository.replaceLinks(c, e.getKey(), id, e.getValue());
            }
            return repository.find(c, id).orElseThrow();
        });
        events.publish(resource, "updated", row);
        return row;
    }

    public void delete(String rawId, Caller caller, Access access) throws SQLException {
        Object id = Ids.parse(rawId, schema.idType(), "id");
        T row = database.transaction(c -> {
            checkOwner(c, id, caller, access);
            T existing = repository.find(c, id).orElseThrow(() -> notFound(rawId));
            Optional<String> referencing = repository.referencedBy(c, id);
            if (referencing.isPresent()) {
                throw new ApiException(409, schema.title() + " " + rawId + " is still referenced by "
                        + referencing.get());
            }
            repository.delete(c, id);
            return existing;
        });
        events.publish(resource, "deleted", row);
    }

    private Optional<Condition> scope(Scope scope, Connection c) throws SQLException {
        if (scope == null) {
            return Optional.empty();
        }
        Object parentId = Ids.parse(scope.rawParentId(), schema.idType(), scope.variable());
        if (!repository.exists(c, scope.parentTable(), parentId)) {
            throw new ApiException(404, scope.parentTitle() + " " + scope.rawParentId() + " not found");
        }
        return Optional.of(new Condition(scope.column(), parentId));
    }

    private void checkOwner(Connection c, Object id, Caller caller, Access access) throws SQLException {
        if (!access.ownRowsOnly(caller)) {
            return;
        }
        Optional<Object> owner = repository.columnValue(c, ownerColumn(), id);
        if (owner.isPresent() && !String.valueOf(owner.get()).equals(caller.id())) {
            throw new ApiException(403, "You can only change your own " + schema.words());
        }
    }

    /** The owner column, or the id itself for the user resource (a user owns their own row). */
    private String ownerColumn() {
        return schema.owner().map(Property::column).orElse("id");
    }

    private void stampOwner(Caller caller, Map<String, Object> values) {
        Optional<Property> owner = schema.owner();
        if (owner.isEmpty()) {
            return;
        }
        if (caller == null) {
            if (!owner.get().nullable()) {
                throw ApiException.authenticationRequired();
            }
            return;
        }
        values.put(owner.get().column(), Ids.of(caller.id(), schema.idType()));
    }

    /** Required secrets (a password hash) get an unusable value: no API can set them directly. */
    private void unusableSecrets(Map<String, Object> values) {
        for (Property p : schema.properties()) {
            if (p.role() == Property.Role.SENSITIVE && !p.nullable() && !values.containsKey(p.column())) {
                values.put(p.column(), "!unusable-" + java.util.UUID.randomUUID());
            }
        }
    }

    private void stamp(Map<String, Object> values, boolean created) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        for (Property p : schema.properties()) {
            if (p.role() == Property.Role.UPDATED_AT || created && p.role() == Property.Role.CREATED_AT) {
                values.put(p.column(), now);
            }
        }
    }

    private ApiException notFound(String rawId) {
        return new ApiException(404, schema.title() + " " + rawId + " not found");
    }
}
