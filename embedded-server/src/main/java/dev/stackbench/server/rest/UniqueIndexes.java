package dev.stackbench.server.rest;

import dev.stackbench.model.plan.Column;
import dev.stackbench.model.plan.PlanIndex;
import dev.stackbench.server.db.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Unique indexes (e.g. one membership per organisation and user): a write whose combination is taken is a 409
 * naming every property of the index. Values not being written (PATCH) are read from the stored row.
 */
final class UniqueIndexes {
    private UniqueIndexes() {
    }

    static void check(Resource r, Map<String, Object> values, Connection c, Repository repo, Object selfId)
            throws SQLException {
        for (PlanIndex index : r.table().indexes()) {
            if (!index.unique()) {
                continue;
            }
            List<Object> combination = new ArrayList<>();
            for (String column : index.columns()) {
                Object value = values.containsKey(column) ? values.get(column)
                        : selfId == null ? null : repo.columnValue(c, r.table().name(), column, selfId).orElse(null);
                combination.add(value);
            }
            if (!combination.contains(null) && taken(c, r, index, combination, selfId)) {
                List<FieldError> errors = index.columns().stream()
                        .map(col -> new FieldError(r.table().column(col).map(Column::property).orElse(col),
                                "is already taken")).toList();
                throw new ApiException(409, "Conflict", errors);
            }
        }
    }

    private static boolean taken(Connection c, Resource r, PlanIndex index, List<Object> values, Object selfId)
            throws SQLException {
        String where = index.columns().stream().map(col -> Sql.q(col) + " = ?").collect(Collectors.joining(" AND "));
        String sql = "SELECT 1 FROM " + Sql.q(r.table().name()) + " WHERE " + where
                + (selfId == null ? "" : " AND \"id\" <> ?") + " LIMIT 1";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 0;
            for (Object v : values) {
                ps.setObject(++i, v);
            }
            if (selfId != null) {
                ps.setObject(++i, selfId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
