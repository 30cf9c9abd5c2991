package dev.stackbench.server.rest;

import dev.stackbench.model.Endpoint;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * Ownership rules: the owner foreign key is stamped from the caller on create (never from the body); an
 * {@code ownerOnly} endpoint lets a caller touch only rows they own unless they hold an exempt role, and an
 * {@code ownerOnly} list shows only their rows.
 */
final class Ownership {
    private final Resource r;
    private final Repository repo;

    Ownership(Resource r, Repository repo) {
        this.r = r;
        this.repo = repo;
    }

    private boolean applies(Call call) {
        Endpoint ep = call.endpoint();
        return ep.ownerOnly() && call.caller() != null && !call.caller().hasAnyRole(ep.ownerExemptRoles());
    }

    void check(Call call, Connection c, Object id) throws SQLException {
        if (!applies(call)) {
            return;
        }
        String column = r.owner() != null ? r.owner().name() : "id";
        Optional<Object> owner = repo.columnValue(c, r.table().name(), column, id);
        if (owner.isPresent() && !String.valueOf(owner.get()).equals(call.caller().id())) {
            throw new ApiException(403, "You can only change your own " + r.words());
        }
    }

    Optional<Repository.Condition> listFilter(Call call) {
        if (!applies(call)) {
            return Optional.empty();
        }
        String column = r.owner() != null ? r.owner().name() : "id";
        return Optional.of(new Repository.Condition(column, Ids.callerId(call.caller().id(), r.table())));
    }

    void stampOwner(Call call, Map<String, Object> values) {
        if (r.owner() == null) {
            return;
        }
        if (call.caller() == null) {
            if (!r.owner().nullable()) {
                throw ApiException.authenticationRequired();
            }
            return;
        }
        values.put(r.owner().name(), Ids.callerId(call.caller().id(), r.table()));
    }
}
