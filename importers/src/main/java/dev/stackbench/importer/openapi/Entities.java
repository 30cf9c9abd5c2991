package dev.stackbench.importer.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbench.model.ApiStyle;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.Index;
import dev.stackbench.model.Naming;
import dev.stackbench.model.OnDelete;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.Relationship;
import io.swagger.v3.oas.models.media.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Component schemas to entities. In our own documents the row schemas say so ({@code x-stackbench-entity}); in
 * others an entity is an object schema that is not an envelope, an error shape or a part of another schema's
 * {@code allOf}. Properties become fields; a {@code $ref} to an entity a many-to-one, an array of them a
 * many-to-many; {@code id} and the timestamps are the model's own columns.
 */
final class Entities {
    private static final Set<String> ENVELOPE = Set.of("success", "data", "error", "errors", "meta");

    private final Doc doc;
    /** Component name → entity (in document order). */
    private final Map<String, Entity> bySchema = new LinkedHashMap<>();
    private ApiStyle.IdStyle ids = ApiStyle.IdStyle.NUMERIC;

    private Entities(Doc doc) {
        this.doc = doc;
    }

    static Entities map(Doc doc) {
        Entities e = new Entities(doc);
        e.run();
        return e;
    }

    List<Entity> entities() {
        return List.copyOf(bySchema.values());
    }

    ApiStyle.IdStyle ids() {
        return ids;
    }

    /** The entity a component schema is, or is a write/patch/envelope/page form of (ours: {@code PostWrite}). */
    Optional<Entity> ofSchema(String component) {
        if (component == null) {
            return Optional.empty();
        }
        if (bySchema.containsKey(component)) {
            return Optional.of(bySchema.get(component));
        }
        for (String suffix : List.of("Write", "Patch", "Envelope", "Page")) {
            if (component.endsWith(suffix)) {
                Entity base = bySchema.get(component.substring(0, component.length() - suffix.length()));
                if (base != null) {
                    return Optional.of(base);
                }
            }
        }
        return Optional.empty();
    }

    Optional<Entity> named(String name) {
        return bySchema.values().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private void run() {
        Map<String, Schema> components = doc.components();
        boolean ours = components.values().stream().anyMatch(s -> !Doc.ext(s, "entity").isMissingNode());
        Set<String> parts = allOfParts(components);
        for (Map.Entry<String, Schema> c : components.entrySet()) {
            String pointer = "/components/schemas/" + Doc.segment(c.getKey());
            Schema<?> s = c.getValue();
            if (ours) {
                if (!Doc.ext(s, "entity").isMissingNode()) {
                    declare(c.getKey(), Doc.ext(s, "entity").path("name").asText(c.getKey()));
                }
                continue;
            }
            Optional<String> why = notAnEntity(c.getKey(), s, parts);
            if (why.isPresent()) {
                doc.report.note(pointer, "not imported as an entity: " + why.get());
            } else {
                declare(c.getKey(), Naming.pascal(c.getKey()));
            }
        }
        for (String component : List.copyOf(bySchema.keySet())) {
            fill(component, components.get(component));
        }
    }

    private void declare(String component, String name) {
        String id = "ent_" + Naming.snake(name);
        Set<String> taken = new LinkedHashSet<>();
        bySchema.values().forEach(e -> taken.add(e.id()));
        bySchema.put(component, Entity.named(Naming.free(id, "_", taken::contains), name));
    }

    private Optional<String> notAnEntity(String name, Schema<?> s, Set<String> parts) {
        Map<String, Schema> props = properties(s);
        if (props.isEmpty()) {
            return Optional.of("it is not an object with properties; it is used inline where referenced");
        }
        if (parts.contains(name)) {
            return Optional.of("it is a part of another schema's allOf, whose entity holds its properties");
        }
        if (ENVELOPE.containsAll(props.keySet()) && props.containsKey("data")) {
            return Optional.of("it is a response envelope; the live backend has its own");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("error") || lower.contains("problem")) {
            return Optional.of("it is an error shape; the wire contract fixes the error body");
        }
        return Optional.empty();
    }

    private Set<String> allOfParts(Map<String, Schema> components) {
        Set<String> out = new LinkedHashSet<>();
        components.values().forEach(s -> {
            if (s.getAllOf() != null) {
                ((List<Schema>) s.getAllOf()).forEach(p -> Doc.refName(p).ifPresent(out::add));
            }
        });
        return out;
    }

    /** The schema's {@code allOf} parts (referenced or inline, depth first), then the schema itself. */
    private List<Schema<?>> layers(Schema<?> s) {
        List<Schema<?>> out = new ArrayList<>();
        if (s.getAllOf() != null) {
            for (Schema part : s.getAllOf()) {
                out.addAll(layers(doc.deref(part)));
            }
        }
        out.add(s);
        return out;
    }

    /** Own properties plus those of {@code allOf} parts, in order. */
    private Map<String, Schema> properties(Schema<?> s) {
        Map<String, Schema> out = new LinkedHashMap<>();
        layers(s).stream().filter(l -> l.getProperties() != null).forEach(l -> out.putAll(l.getProperties()));
        return out;
    }

    private Set<String> required(Schema<?> s) {
        Set<String> out = new LinkedHashSet<>();
        layers(s).stream().filter(l -> l.getRequired() != null).forEach(l -> out.addAll(l.getRequired()));
        return out;
    }

    private void fill(String component, Schema<?> schema) {
        Entity entity = bySchema.get(component);
        String base = "/components/schemas/" + Doc.segment(component) + "/properties/";
        String stem = Naming.snake(entity.name());
        Set<String> required = required(schema);
        List<Field> fields = new ArrayList<>();
        List<Relationship> relations = new ArrayList<>();
        String owner = null;
        boolean created = false;
        boolean updated = false;
        for (Map.Entry<String, Schema> p : properties(schema).entrySet()) {
            String name = p.getKey();
            Schema<?> s = p.getValue();
            String pointer = base + Doc.segment(name);
            JsonNode relation = Doc.ext(s, "relation");
            if (relation.has("inverseOf")) {
                continue;
            }
            if (name.equals("id")) {
                if ("uuid".equals(s.getFormat())) {
                    ids = ApiStyle.IdStyle.UUID;
                }
                continue;
            }
            if ((name.equals("createdAt") || name.equals("updatedAt")) && "date-time".equals(s.getFormat())) {
                created |= name.equals("createdAt");
                updated |= name.equals("updatedAt");
                continue;
            }
            Optional<Relationship> r = relation(entity, stem, name, s, relation, required.contains(name), pointer);
            if (r.isPresent()) {
                relations.add(r.get());
                if (Boolean.TRUE.equals(s.getReadOnly()) && r.get().kind() == RelationKind.MANY_TO_ONE) {
                    owner = r.get().id();
                }
                continue;
            }
            if (Boolean.TRUE.equals(s.getReadOnly())) {
                doc.report.note(pointer, "readOnly: the server sets only id, timestamps and the owner; kept as an "
                        + "ordinary field");
            }
            fields.add(Fields.field(doc, "fld_" + stem + "_" + Naming.snake(name), name, s, required.contains(name),
                    pointer));
        }
        if (created != updated) {
            doc.report.note(base.substring(0, base.length() - "/properties/".length()),
                    "only one of createdAt/updatedAt: the model keeps both or neither; both are kept");
        }
        JsonNode x = Doc.ext(schema, "entity");
        fields.addAll(sensitive(x.path("sensitive"), stem, base));
        Entity filled = entity.withFields(fields).withRelationships(relations).withOwnerRelationshipId(owner)
                .withTimestampsOff(!created && !updated).withTableName(x.path("table").isTextual()
                        ? x.path("table").asText() : null);
        bySchema.put(component, filled.withIndexes(indexes(filled, x.path("indexes"), stem)));
    }

    /** Our sensitive fields: never in the API, so the extension carries them as a schema of their own. */
    private List<Field> sensitive(JsonNode schema, String stem, String base) {
        if (!schema.isObject()) {
            return List.of();
        }
        Set<String> required = new LinkedHashSet<>(Doc.strings(schema.path("required")));
        List<Field> out = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(name -> {
            Schema<?> p = Doc.JSON.convertValue(schema.path("properties").path(name), Schema.class);
            out.add(Fields.field(doc, "fld_" + stem + "_" + Naming.snake(name), name, p, required.contains(name),
                    base + name).withSensitive(true));
        });
        return out;
    }

    private List<Index> indexes(Entity e, JsonNode indexes, String stem) {
        List<Index> out = new ArrayList<>();
        indexes.forEach(i -> {
            List<String> elements = new ArrayList<>();
            for (String property : Doc.strings(i.path("properties"))) {
                e.fields().stream().filter(f -> Naming.property(f).equals(property)).findFirst()
                        .ifPresent(f -> elements.add(f.id()));
                e.relationships().stream().filter(r -> Naming.foreignKeyProperty(r.name()).equals(property))
                        .findFirst().ifPresent(r -> elements.add(r.id()));
            }
            String name = i.path("name").asText(stem + "_" + out.size());
            out.add(new Index("idx_" + name, name, elements, i.path("unique").asBoolean(false)));
        });
        return out;
    }

    private Optional<Relationship> relation(Entity entity, String stem, String property, Schema<?> s, JsonNode x,
                                            boolean required, String pointer) {
        if (x.has("kind")) {
            RelationKind kind = RelationKind.valueOf(x.path("kind").asText().toUpperCase(Locale.ROOT));
            String name = x.path("name").asText(property);
            String target = x.path("target").asText();
            Optional<Entity> t = named(target);
            if (t.isEmpty()) {
                doc.report.note(pointer, "relation target " + target + " is not an entity of this document");
                return Optional.empty();
            }
            boolean req = kind == RelationKind.MANY_TO_MANY ? x.path("required").asBoolean(false)
                    : required && !Doc.nullable(s);
            return Optional.of(new Relationship("rel_" + stem + "_" + Naming.snake(name), name, kind, t.get().id(),
                    OnDelete.valueOf(x.path("onDelete").asText("unset").toUpperCase(Locale.ROOT)), req, null,
                    x.path("joinTable").isTextual() ? x.path("joinTable").asText() : null, false,
                    x.path("nested").asBoolean(false)));
        }
        Optional<String> one = Doc.wrappedRef(s);
        boolean many = one.isEmpty() && Doc.nonNullTypes(s).contains("array") && s.getItems() != null;
        Optional<String> ref = many ? Doc.wrappedRef(s.getItems()) : one;
        Optional<Entity> target = ref.flatMap(r -> Optional.ofNullable(bySchema.get(r)));
        if (ref.isPresent() && target.isEmpty()) {
            doc.report.note(pointer, "refers to " + ref.get() + ", which is not an entity: stored as a JSON value");
            return Optional.empty();
        }
        if (target.isEmpty()) {
            return Optional.empty();
        }
        String name = many ? property : property.endsWith("Id") && property.length() > 2
                ? property.substring(0, property.length() - 2) : property;
        doc.report.note(pointer, (many ? "an array of " + ref.get() + ": read as a many-to-many"
                : "a reference to " + ref.get() + ": read as a many-to-one (a foreign key " + Naming.foreignKeyProperty(name)
                + ")") + "; on-delete is not stated, left unset");
        return Optional.of(new Relationship("rel_" + stem + "_" + Naming.snake(name), name,
                many ? RelationKind.MANY_TO_MANY : RelationKind.MANY_TO_ONE, target.get().id(), OnDelete.UNSET,
                !many && required && !Doc.nullable(s), null, null, false, false));
    }
}
