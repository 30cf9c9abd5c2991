package dev.stackbench.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.Index;
import dev.stackbench.model.Project;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.Relationship;
import dev.stackbench.model.plan.PlanBuilder;
import dev.stackbench.model.plan.RelationalPlan;
import dev.stackbench.model.plan.SqlType;
import dev.stackbench.model.plan.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What "the import gave the same model back" means, defined once for every round trip. Ids are not compared
 * (an import makes its own); everything is compared by name: entities (table, timestamps, owner), fields (type,
 * required, unique, constraints, default, sensitive), relations (kind, target, on-delete, required, join table),
 * indexes, endpoints (method, path, kind, entity, access rules, filters, sorts, scope, example answer), SSE
 * channels and the auth setup. A database carries less than a document, so {@link Depth#SCHEMA} compares only what a schema can
 * hold: the SQL type of each field instead of its model type and constraints, and no endpoints.
 */
public final class ModelEquivalence {
    private static final ObjectMapper JSON = new ObjectMapper();

    public enum Depth { FULL, SCHEMA }

    private ModelEquivalence() {
    }

    /** One sorted line per fact; two models are equivalent when these lists are equal. */
    public static List<String> describe(Project p, Depth depth) {
        RelationalPlan plan = PlanBuilder.build(p);
        TreeSet<String> out = new TreeSet<>();
        for (Entity e : p.entities()) {
            String table = plan.tableOfEntity(e.id()).map(Table::name).orElse("?");
            out.add("entity " + e.name() + " table=" + table + " timestamps=" + e.hasTimestamps()
                    + (depth == Depth.FULL ? " owner=" + e.owner().map(Relationship::name).orElse("-") : ""));
            e.fields().forEach(f -> out.add("field " + e.name() + "." + f.name() + " " + field(f, depth)));
            for (Relationship r : e.relationships()) {
                out.add("relation " + e.name() + "." + r.name() + " " + relation(p, plan, r, depth));
            }
            for (Index i : e.indexes()) {
                List<String> names = new ArrayList<>();
                i.elementIds().forEach(id -> names.add(e.field(id).map(Field::name)
                        .or(() -> e.relationship(id).map(Relationship::name)).orElse(id)));
                out.add("index " + e.name() + " " + names + (i.unique() ? " unique" : ""));
            }
        }
        if (depth == Depth.FULL) {
            p.endpoints().forEach(ep -> out.add("endpoint " + endpoint(p, ep)));
            // HTTP describes server-sent events only; WebSocket channels have no place in an OpenAPI document
            p.channels().stream().filter(c -> c.transport() == dev.stackbench.model.Transport.SSE)
                    .forEach(c -> out.add("channel " + c.name() + " entities=" + c.entityIds().stream()
                            .map(id -> p.entity(id).map(Entity::name).orElse("?")).toList() + " events="
                            + c.customEvents() + " auth=" + c.authRequired() + " publish=" + c.publishRoles()
                            + " resume=" + c.resumeBuffer() + " description=" + c.description()));
        }
        out.add("auth " + auth(p, depth));
        return List.copyOf(out);
    }

    private static String field(Field f, Depth depth) {
        SqlType sql = SqlType.forField(f);
        StringBuilder s = new StringBuilder(depth == Depth.SCHEMA ? sql.sql() : f.type().name())
                .append(f.required() ? " required" : "").append(f.unique() ? " unique" : "")
                .append(f.sensitive() ? " sensitive" : "");
        if (depth == Depth.SCHEMA) {
            return s.toString();
        }
        if (f.type().isTextual()) {
            s.append(" length=").append(f.minLength()).append("..")
                    .append(f.type() == FieldType.STRING ? sql.length() : f.maxLength());
            s.append(" pattern=").append(f.pattern());
        }
        if (f.type().isNumeric()) {
            s.append(" range=").append(f.min()).append("..").append(f.max());
        }
        if (f.type() == FieldType.DECIMAL) {
            s.append(" decimal=").append(sql.precision()).append(",").append(sql.scale());
        }
        if (f.type() == FieldType.ENUM) {
            s.append(" enum=").append(f.enumValues());
        }
        s.append(" default=").append(normalDefault(f)).append(" description=").append(f.description());
        return s.toString();
    }

    /** {@code 0.00} and {@code 0.0} are the same default number. */
    private static String normalDefault(Field f) {
        if (f.defaultValue() == null || !f.type().isNumeric()) {
            return f.defaultValue();
        }
        try {
            return new BigDecimal(f.defaultValue()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return f.defaultValue();
        }
    }

    private static String relation(Project p, RelationalPlan plan, Relationship r, Depth depth) {
        String target = p.entity(r.targetEntityId()).map(Entity::name).orElse("?");
        String join = r.kind() == RelationKind.MANY_TO_MANY ? " join=" + plan.tables().stream()
                .filter(t -> t.isJoinTable() && t.elementId().equals(r.id())).map(Table::name).findFirst().orElse("?")
                : "";
        boolean required = r.kind() != RelationKind.MANY_TO_MANY && r.required();
        return r.kind() + " -> " + target + " onDelete=" + r.onDelete() + (required ? " required" : "") + join
                + (depth == Depth.FULL && r.nestedRoute() ? " nested" : "");
    }

    private static String endpoint(Project p, Endpoint ep) {
        String entity = Optional.ofNullable(ep.entityId()).flatMap(p::entity).map(Entity::name).orElse("-");
        String scope = ep.scopeRelationshipId() == null ? "-" : p.entities().stream()
                .flatMap(e -> e.relationship(ep.scopeRelationshipId()).stream()).map(Relationship::name).findFirst()
                .orElse("?");
        return ep.method() + " " + ep.path() + " " + ep.kind() + " entity=" + entity + " summary=" + ep.summary()
                + " auth=" + ep.authRequired() + " roles=" + ep.roles() + " ownerOnly=" + ep.ownerOnly()
                + " exempt=" + (ep.ownerOnly() ? ep.ownerExemptRoles() : List.of()) + " rate=" + ep.rateLimitClass()
                + rateLimit(p, ep.rateLimitClass()) + " filter=" + ep.filterable() + " sort=" + ep.sortable() + " scope=" + scope
                + (ep.kind() == dev.stackbench.model.EndpointKind.CUSTOM ? " example=" + ep.exampleStatus() + " "
                + normalJson(ep.exampleResponse()) : "");
    }

    /** The class an endpoint names, with its bucket: a name alone limits nothing. */
    private static String rateLimit(Project p, String name) {
        return name == null ? "" : p.production().rateLimit(name).map(c -> " limit=" + c.capacity() + "/"
                + c.windowSeconds() + "s by " + c.key()).orElse(" limit=undefined");
    }

    private static String normalJson(String text) {
        if (text == null) {
            return null;
        }
        try {
            return JSON.readTree(text).toString();
        } catch (java.io.IOException e) {
            return text;
        }
    }

    private static String auth(Project p, Depth depth) {
        var a = p.auth();
        Optional<Entity> user = p.userEntity();
        String fields = user.map(u -> " user=" + u.name() + " login=" + name(u, a.loginFieldId()) + " password="
                + name(u, a.passwordFieldId())).orElse(" user=-");
        if (depth == Depth.SCHEMA) {
            return fields;
        }
        return a.strategy() + fields + user.map(u -> " role=" + name(u, a.roleFieldId())).orElse("")
                + " roles=" + a.roles().stream().map(r -> r.name() + ":" + r.description()).toList()
                + " default=" + a.defaultRole()
                + (a.strategy() == dev.stackbench.model.AuthStrategy.OAUTH ? " oauth=" + a.oauth() : "");
    }

    private static String name(Entity e, String fieldId) {
        return fieldId == null ? "-" : e.field(fieldId).map(Field::name).orElse("?");
    }
}
