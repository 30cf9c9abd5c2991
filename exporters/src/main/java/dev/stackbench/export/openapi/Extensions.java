package dev.stackbench.export.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.export.Yaml;
import dev.stackbench.model.AuthConfig;
import dev.stackbench.model.Channel;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.Index;
import dev.stackbench.model.Project;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.Relationship;
import dev.stackbench.model.plan.Column;
import dev.stackbench.model.plan.SqlType;
import dev.stackbench.model.plan.Table;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The {@code x-stackbench-*} extensions: what the model knows that plain OpenAPI cannot say (foreign-key targets
 * and on-delete rules, unique fields, roles, ownership, sortable keys, the auth setup), so that importing our own
 * document gives the same model back. Other tools ignore them; the importer (module {@code importers}) reads
 * them. Each method adds to a node the writer built, so the standard part of the document does not change.
 */
final class Extensions {
    static final String PREFIX = "x-stackbench-";

    private Extensions() {
    }

    /** A field's property: a unique flag, a TEXT marker (a string alone reads as VARCHAR) and decimal sizes. */
    static void field(ObjectNode p, Field field) {
        if (field.unique()) {
            p.put(PREFIX + "unique", true);
        }
        if (field.type() == FieldType.TEXT) {
            p.put(PREFIX + "type", "text");
        }
        SqlType sql = SqlType.forField(field);
        if (sql.kind() == SqlType.Kind.DECIMAL) {
            p.put(PREFIX + "precision", sql.precision()).put(PREFIX + "scale", sql.scale());
        }
        if (field.defaultValue() != null) {
            p.set("default", typedDefault(field));
        }
    }

    /** The JSON value of a default kept as text in the model: {@code "5"} is the number 5 for an int. */
    private static JsonNode typedDefault(Field field) {
        String v = field.defaultValue();
        try {
            return switch (field.type()) {
                case INT, LONG, DECIMAL -> Yaml.JSON.getNodeFactory().numberNode(new BigDecimal(v));
                case BOOLEAN -> Yaml.JSON.getNodeFactory().booleanNode(Boolean.parseBoolean(v));
                case JSON -> Yaml.JSON.readTree(v);
                default -> Yaml.JSON.getNodeFactory().textNode(v);
            };
        } catch (NumberFormatException | IOException e) {
            return Yaml.JSON.getNodeFactory().textNode(v);
        }
    }

    /** A foreign-key or link-ids property: the relationship it stands for. */
    static void relation(ObjectNode p, Project project, Relationship r) {
        ObjectNode x = p.putObject(PREFIX + "relation").put("name", r.name())
                .put("kind", r.kind().name().toLowerCase(Locale.ROOT));
        project.entity(r.targetEntityId()).ifPresent(t -> x.put("target", t.name()));
        x.put("onDelete", r.onDelete().name().toLowerCase(Locale.ROOT));
        if (r.kind() == RelationKind.MANY_TO_MANY) {
            x.put("required", r.required());
            if (r.joinTable() != null && !r.joinTable().isBlank()) {
                x.put("joinTable", r.joinTable());
            }
        }
        if (r.nestedRoute()) {
            x.put("nested", true);
        }
    }

    /** A foreign-key column's property: the relationship (declared on this entity, or a one-to-many elsewhere). */
    static void foreignKey(ObjectNode p, Project project, Column c) {
        if (c.role() != Column.Role.FOREIGN_KEY) {
            return;
        }
        project.entities().stream().flatMap(e -> e.relationships().stream()).filter(r -> r.id().equals(c.elementId()))
                .findFirst().ifPresent(r -> relation(p, project, r));
    }

    /** The other side's link ids of a many-to-many: the importer skips it, the declaring side holds the truth. */
    static void inverseOf(ObjectNode p, Entity source, Relationship r) {
        p.putObject(PREFIX + "relation").put("inverseOf", source.name() + "." + r.name());
    }

    /** An entity's row schema: its name, table override, sensitive fields (absent from the API) and indexes. */
    static void entity(ObjectNode schema, Project project, Entity entity, Table table) {
        ObjectNode x = schema.putObject(PREFIX + "entity").put("name", entity.name());
        if (entity.tableName() != null && !entity.tableName().isBlank()) {
            x.put("table", entity.tableName());
        }
        List<Field> hidden = entity.fields().stream().filter(Field::sensitive).toList();
        if (!hidden.isEmpty()) {
            ObjectNode sensitive = x.putObject("sensitive").put("type", "object");
            ObjectNode props = sensitive.putObject("properties");
            ArrayNode required = sensitive.putArray("required");
            for (Field f : hidden) {
                props.set(dev.stackbench.model.Naming.property(f), Schemas.type(SqlType.forField(f), f, !f.required()));
                if (f.required()) {
                    required.add(dev.stackbench.model.Naming.property(f));
                }
            }
        }
        if (!entity.indexes().isEmpty()) {
            ArrayNode indexes = x.putArray("indexes");
            for (Index index : entity.indexes()) {
                ObjectNode i = indexes.addObject().put("name", index.name()).put("unique", index.unique());
                ArrayNode props = i.putArray("properties");
                index.elementIds().forEach(id -> table.columns().stream().filter(c -> c.elementId().equals(id))
                        .findFirst().ifPresent(c -> props.add(c.property())));
            }
        }
    }

    /** Who may call an endpoint beyond "authenticated", and its rate-limit class. */
    static void endpoint(ObjectNode op, Endpoint ep) {
        if (!ep.roles().isEmpty()) {
            strings(op.putArray(PREFIX + "roles"), ep.roles());
        }
        if (ep.ownerOnly()) {
            op.put(PREFIX + "owner-only", true);
            if (!ep.ownerExemptRoles().isEmpty()) {
                strings(op.putArray(PREFIX + "owner-exempt-roles"), ep.ownerExemptRoles());
            }
        }
        if (ep.rateLimitClass() != null && !ep.rateLimitClass().isBlank()) {
            op.put(PREFIX + "rate-limit", ep.rateLimitClass());
        }
    }

    /** The sort parameter: its keys as a list (the description says them in words). */
    static void sortable(ObjectNode sortParameter, Endpoint ep) {
        strings(sortParameter.putArray(PREFIX + "sortable"), ep.sortable());
    }

    /** A custom endpoint's success answer: the example the live backend gives, inside the envelope. */
    static void example(ObjectNode responses, Endpoint ep) {
        JsonNode status = responses.path(Integer.toString(ep.exampleStatus())).path("content").path("application/json");
        if (!(status instanceof ObjectNode media) || ep.exampleResponse() == null || ep.exampleResponse().isBlank()) {
            return;
        }
        try {
            ObjectNode example = Yaml.object().put("success", true);
            example.set("data", Yaml.JSON.readTree(ep.exampleResponse()));
            example.putNull("error");
            example.putObject("meta").put("requestId", "5b0c7a3e-8f1d-4c2a-9e6b-1d2f3a4b5c6d"); // the schema requires it
            media.set("example", example);
        } catch (IOException e) {
            media.put(PREFIX + "example-text", ep.exampleResponse()); // not JSON: an advisor error, kept verbatim
        }
    }

    /** The rate-limit classes the endpoints name, so an import can define them (a class name alone limits nothing). */
    static void rateLimits(ObjectNode doc, Project project) {
        List<dev.stackbench.model.RateLimitClass> used = project.production().rateLimits().stream()
                .filter(c -> project.endpoints().stream().anyMatch(ep -> c.name().equals(ep.rateLimitClass()))).toList();
        if (used.isEmpty()) {
            return;
        }
        ArrayNode classes = doc.putArray(PREFIX + "rate-limits");
        used.forEach(c -> classes.addObject().put("name", c.name()).put("capacity", c.capacity())
                .put("windowSeconds", c.windowSeconds()).put("key", c.key().name().toLowerCase(Locale.ROOT)));
    }

    /** The auth setup: which entity and fields are the users, the roles and the default one. */
    static void auth(ObjectNode doc, Project project) {
        AuthConfig auth = project.auth();
        if (!auth.enabled()) {
            return;
        }
        ObjectNode x = doc.putObject(PREFIX + "auth").put("strategy", auth.strategy().name().toLowerCase(Locale.ROOT));
        project.userEntity().ifPresent(user -> {
            x.put("userEntity", user.name());
            fieldName(x, "loginField", user, auth.loginFieldId());
            fieldName(x, "passwordField", user, auth.passwordFieldId());
            fieldName(x, "roleField", user, auth.roleFieldId());
        });
        if (auth.defaultRole() != null) {
            x.put("defaultRole", auth.defaultRole());
        }
        ArrayNode roles = x.putArray("roles");
        auth.roles().forEach(r -> roles.addObject().put("name", r.name()).put("description", r.description()));
        if (auth.strategy() == dev.stackbench.model.AuthStrategy.OAUTH) {
            x.put("issueAs", auth.oauth().issueAs().name().toLowerCase(Locale.ROOT));
            ObjectNode oauth = x.putObject("oauth").put("providerName", auth.oauth().providerName())
                    .put("clientId", auth.oauth().clientId()).put("userInfoUrl", auth.oauth().userInfoUrl());
            strings(oauth.putArray("redirectUris"), auth.oauth().redirectUris());
        }
    }

    private static void fieldName(ObjectNode x, String key, Entity user, String fieldId) {
        if (fieldId != null) {
            user.field(fieldId).ifPresent(f -> x.put(key, f.name()));
        }
    }

    /** An SSE stream: the entities whose changes it carries, its resume buffer and who may publish. */
    static void channel(ObjectNode streamOp, Project project, Channel channel) {
        ObjectNode x = streamOp.putObject(PREFIX + "channel").put("name", channel.name());
        ArrayNode entities = x.putArray("entities");
        channel.entityIds().forEach(id -> project.entity(id).ifPresent(e -> entities.add(e.name())));
        x.put("resumeBuffer", channel.resumeBuffer());
        if (!channel.publishRoles().isEmpty()) {
            strings(x.putArray("publishRoles"), channel.publishRoles());
        }
        if (!channel.description().isBlank()) {
            x.put("description", channel.description());
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
