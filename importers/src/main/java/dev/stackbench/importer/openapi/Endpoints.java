package dev.stackbench.importer.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointDefaults;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Entity;
import dev.stackbench.model.HttpMethod;
import dev.stackbench.model.Naming;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.Relationship;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Path operations to endpoints. An operation is CRUD when its method, path shape and schemas say so (a GET of a
 * collection answering a list of an entity is its list; a GET, PUT, PATCH or DELETE of {@code /things/{var}} is
 * the item operation of the entity listed or created at {@code /things}); anything else is a custom endpoint
 * that answers live with its documented example. The routes the model derives (auth, streams, health) are
 * skipped: they come back from the auth strategy and the channels.
 */
final class Endpoints {
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> PAGING = Set.of("page", "limit", "sort", "after", "before", "offset", "cursor",
            "per_page", "pageSize", "size");
    private static final List<String> DERIVED_PREFIXES = List.of("/api/auth/", "/api/streams/", "/oauth/");
    private static final Set<String> DERIVED_PATHS = Set.of("/health", "/ready", "/metrics");

    private final Doc doc;
    private final Entities entities;
    private final List<Endpoint> out = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    /** Collection path → entity, learned from lists and creates, for item operations without a schema. */
    private final Map<String, Entity> collections = new LinkedHashMap<>();

    private Endpoints(Doc doc, Entities entities) {
        this.doc = doc;
        this.entities = entities;
    }

    static List<Endpoint> map(Doc doc, Entities entities) {
        Endpoints e = new Endpoints(doc, entities);
        e.run();
        return List.copyOf(e.out);
    }

    static boolean derived(String path) {
        return DERIVED_PATHS.contains(path) || DERIVED_PREFIXES.stream().anyMatch(path::startsWith);
    }

    private record Op(String path, PathItem.HttpMethod method, Operation operation, String pointer) {
    }

    private void run() {
        if (doc.api.getPaths() == null) {
            return;
        }
        List<Op> ops = new ArrayList<>();
        doc.api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> ops.add(
                new Op(path, method, op, "/paths/" + Doc.segment(path) + "/" + method.name().toLowerCase(Locale.ROOT)))));
        // collections first, so item operations find the entity of their parent path
        for (Op op : ops) {
            if (!derived(op.path) && !isItem(op.path)) {
                entityOf(op).ifPresent(e -> collections.putIfAbsent(op.path, e));
            }
        }
        for (Op op : ops) {
            if (derived(op.path)) {
                continue;
            }
            Optional<HttpMethod> method = method(op.method);
            if (method.isEmpty()) {
                doc.report.note(op.pointer, op.method + " has no endpoint counterpart; not imported");
                continue;
            }
            if (isEventStream(op.operation)) {
                continue; // a channel (Channels maps it)
            }
            out.add(endpoint(op, method.get()));
        }
    }

    private Endpoint endpoint(Op op, HttpMethod method) {
        Optional<Entity> entity = entityOf(op);
        if (entity.isEmpty() && isItem(op.path)) {
            entity = Optional.ofNullable(collections.get(parent(op.path)));
        }
        EndpointKind kind = entity.map(e -> kind(op, method, e)).orElse(EndpointKind.CUSTOM);
        if (kind == EndpointKind.CUSTOM && entity.isEmpty()) {
            entity = taggedEntity(op.operation); // our custom endpoints carry their entity as the tag
        }
        String path = op.path;
        if (kind != EndpointKind.CUSTOM && kind != EndpointKind.LIST && kind != EndpointKind.CREATE) {
            path = itemPathWithId(op);
        }
        Operation o = op.operation;
        JsonNode roles = Doc.ext(o.getExtensions(), "roles");
        List<String> filterable = new ArrayList<>();
        List<String> sortable = new ArrayList<>();
        if (kind == EndpointKind.LIST) {
            query(op, entity.get(), filterable, sortable);
        }
        String scope = kind == EndpointKind.LIST ? scope(op, entity.get()) : null;
        if (kind == EndpointKind.CUSTOM && entity.isPresent() && !isItem(op.path) && VARIABLE.matcher(op.path).find()) {
            doc.report.note(op.pointer, "under a parent path but not a list scoped by a foreign key of "
                    + entity.get().name() + ": a custom endpoint");
        }
        String id = id(entity.orElse(null), kind, scope != null);
        int status = 200;
        String example = null;
        if (kind == EndpointKind.CUSTOM) {
            status = successStatus(o);
            example = Examples.of(doc, o, status, op.pointer);
        }
        String summary = o.getSummary() != null ? o.getSummary() : o.getDescription() == null ? ""
                : o.getDescription().lines().findFirst().orElse("");
        return new Endpoint(id, entity.map(Entity::id).orElse(null), kind, method, path, summary.strip(),
                authRequired(o), Doc.strings(roles), Doc.ext(o.getExtensions(), "owner-only").asBoolean(false),
                Doc.strings(Doc.ext(o.getExtensions(), "owner-exempt-roles")),
                Doc.ext(o.getExtensions(), "rate-limit").isTextual() ? Doc.ext(o.getExtensions(), "rate-limit").asText()
                        : null, filterable, sortable, scope, status, example);
    }

    private EndpointKind kind(Op op, HttpMethod method, Entity entity) {
        boolean item = isItem(op.path);
        if (!item && VARIABLE.matcher(op.path).find() && (method != HttpMethod.GET || scope(op, entity) == null)) {
            // only a list can sit under a parent's path (scoped by its foreign key); anything else is custom
            return EndpointKind.CUSTOM;
        }
        if (item && !identifiesById(op)) {
            doc.report.note(op.pointer, "the item is named by " + op.path.substring(op.path.lastIndexOf('/') + 1)
                    + ", not by its id: a custom endpoint");
            return EndpointKind.CUSTOM;
        }
        if (method == HttpMethod.POST && !item && takesArray(op.operation)) {
            return EndpointKind.CUSTOM; // a batch: the model creates one row at a time
        }
        return switch (method) {
            case GET -> item ? EndpointKind.GET : answersList(op.operation) ? EndpointKind.LIST : EndpointKind.CUSTOM;
            case POST -> item ? EndpointKind.CUSTOM : EndpointKind.CREATE;
            case PUT -> item ? EndpointKind.UPDATE : EndpointKind.CUSTOM;
            case PATCH -> item ? EndpointKind.PATCH : EndpointKind.CUSTOM;
            case DELETE -> item ? EndpointKind.DELETE : EndpointKind.CUSTOM;
        };
    }

    /** The item variable is an id: an integer, a UUID, or a string named {@code id} / {@code xId}. */
    private boolean identifiesById(Op op) {
        String last = op.path.substring(op.path.lastIndexOf('{') + 1, op.path.length() - 1);
        List<Parameter> params = new ArrayList<>();
        PathItem item = doc.api.getPaths().get(op.path);
        if (item != null && item.getParameters() != null) {
            params.addAll(item.getParameters());
        }
        if (op.operation.getParameters() != null) {
            params.addAll(op.operation.getParameters());
        }
        Optional<Schema> schema = params.stream().filter(p -> last.equals(p.getName()) && "path".equals(p.getIn()))
                .map(Parameter::getSchema).filter(java.util.Objects::nonNull).findFirst();
        boolean idName = last.equals("id") || last.endsWith("Id") || last.endsWith("_id");
        if (schema.isEmpty()) {
            return idName;
        }
        Set<String> types = Doc.nonNullTypes(schema.get());
        return types.contains("integer") || "uuid".equals(schema.get().getFormat()) || types.contains("string") && idName;
    }

    private static boolean takesArray(Operation o) {
        Schema<?> body = o.getRequestBody() == null ? null : json(o.getRequestBody().getContent());
        return body != null && (Doc.nonNullTypes(body).contains("array") || body.getItems() != null);
    }

    /** The live backend reads an item's id from {@code {id}}; another variable name is renamed (same URLs). */
    private String itemPathWithId(Op op) {
        String last = op.path.substring(op.path.lastIndexOf('/') + 1);
        if (last.equals("{id}")) {
            return op.path;
        }
        doc.report.note(op.pointer, "path variable " + last + " is named {id} in the model (the URLs are the same)");
        return parent(op.path) + "/{id}";
    }

    private Optional<Entity> taggedEntity(Operation o) {
        if (o.getTags() == null) {
            return Optional.empty();
        }
        return entities.entities().stream().filter(e -> o.getTags().contains(Naming.resourceName(e))).findFirst();
    }

    private static boolean isItem(String path) {
        return path.endsWith("}");
    }

    private static String parent(String path) {
        return path.substring(0, path.lastIndexOf('/'));
    }

    /** The entity an operation answers with or takes (envelopes, pages and arrays unwrapped). */
    private Optional<Entity> entityOf(Op op) {
        Operation o = op.operation;
        if (o.getResponses() != null) {
            for (Map.Entry<String, ApiResponse> r : o.getResponses().entrySet()) {
                if (r.getKey().startsWith("2")) {
                    Optional<Entity> e = entityIn(json(response(r.getValue()).getContent()));
                    if (e.isPresent()) {
                        return e;
                    }
                }
            }
        }
        if (o.getRequestBody() != null) {
            return entityIn(json(o.getRequestBody().getContent()));
        }
        return Optional.empty();
    }

    private ApiResponse response(ApiResponse r) {
        if (r.get$ref() != null && doc.api.getComponents() != null && doc.api.getComponents().getResponses() != null) {
            ApiResponse target = doc.api.getComponents().getResponses().get(r.get$ref()
                    .substring(r.get$ref().lastIndexOf('/') + 1));
            return target == null ? r : target;
        }
        return r;
    }

    private static Schema<?> json(Content content) {
        if (content == null) {
            return null;
        }
        for (Map.Entry<String, MediaType> m : content.entrySet()) {
            if (m.getKey().contains("json") && m.getValue().getSchema() != null) {
                return m.getValue().getSchema();
            }
        }
        return null;
    }

    private Optional<Entity> entityIn(Schema<?> schema) {
        for (int depth = 0; schema != null && depth < 4; depth++) {
            Optional<Entity> e = Doc.refName(schema).flatMap(entities::ofSchema);
            if (e.isPresent()) {
                return e;
            }
            Schema<?> s = doc.deref(schema);
            if (s.getItems() != null) {
                schema = s.getItems();
            } else if (s.getProperties() != null && s.getProperties().containsKey("data")) {
                schema = s.getProperties().get("data");
            } else {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private boolean answersList(Operation o) {
        if (o.getResponses() == null) {
            return false;
        }
        for (Map.Entry<String, ApiResponse> r : o.getResponses().entrySet()) {
            if (!r.getKey().startsWith("2")) {
                continue;
            }
            Schema<?> s = json(response(r.getValue()).getContent());
            for (int depth = 0; s != null && depth < 4; depth++) {
                Optional<String> ref = Doc.refName(s);
                if (ref.isPresent() && ref.get().endsWith("Page") && entities.ofSchema(ref.get()).isPresent()) {
                    return true;
                }
                s = doc.deref(s);
                if (Doc.nonNullTypes(s).contains("array") || s.getItems() != null) {
                    return true;
                }
                s = s.getProperties() == null ? null : s.getProperties().get("data");
            }
        }
        return false;
    }

    private void query(Op op, Entity entity, List<String> filterable, List<String> sortable) {
        if (op.operation.getParameters() == null) {
            return;
        }
        for (Parameter p : op.operation.getParameters()) {
            if (!"query".equals(p.getIn())) {
                continue;
            }
            String pointer = op.pointer + "/parameters/" + Doc.segment(p.getName());
            if (p.getName().equals("sort")) {
                JsonNode keys = Doc.ext(p.getExtensions(), "sortable");
                if (keys.isArray()) {
                    sortable.addAll(Doc.strings(keys));
                } else if (p.getSchema() != null && p.getSchema().getEnum() != null) {
                    p.getSchema().getEnum().forEach(v -> {
                        String key = String.valueOf(v).replaceFirst("^-", "");
                        if (!sortable.contains(key)) {
                            sortable.add(key);
                        }
                    });
                } else {
                    doc.report.note(pointer, "the sort keys are not listed; the list is not sortable until you pick them");
                }
            } else if (PAGING.contains(p.getName())) {
                continue;
            } else if (properties(entity).contains(p.getName())) {
                filterable.add(p.getName());
            } else {
                doc.report.note(pointer, "query parameter " + p.getName() + " is not a property of " + entity.name()
                        + "; not a filter");
            }
        }
    }

    private static Set<String> properties(Entity e) {
        Set<String> out = new HashSet<>();
        e.fields().stream().filter(f -> !f.sensitive()).forEach(f -> out.add(Naming.property(f)));
        e.relationships().stream().filter(r -> r.kind().foreignKeyOnSource())
                .forEach(r -> out.add(Naming.foreignKeyProperty(r.name())));
        return out;
    }

    /** A nested list: {@code /posts/{postId}/comments} binds the variable to the comments' post foreign key; null when no variable is one. */
    private String scope(Op op, Entity entity) {
        java.util.regex.Matcher m = VARIABLE.matcher(op.path);
        while (m.find()) {
            String variable = m.group(1);
            for (Relationship r : entity.relationships()) {
                if (r.kind() == RelationKind.MANY_TO_ONE && Naming.foreignKeyProperty(r.name()).equals(variable)) {
                    return r.id();
                }
            }
        }
        return null;
    }

    private String id(Entity entity, EndpointKind kind, boolean nested) {
        String base = entity == null || kind == EndpointKind.CUSTOM ? "ep_" + (entity == null ? "custom"
                : Naming.snake(entity.name())) : nested ? entity.id() + ".nested_list"
                : EndpointDefaults.idFor(entity, kind);
        String id = Naming.free(base, "_", ids::contains);
        ids.add(id);
        return id;
    }

    private boolean authRequired(Operation o) {
        List<SecurityRequirement> security = o.getSecurity() != null ? o.getSecurity() : doc.api.getSecurity();
        if (security == null || security.isEmpty()) {
            return false;
        }
        return security.stream().noneMatch(Map::isEmpty);
    }

    private static int successStatus(Operation o) {
        if (o.getResponses() != null) {
            for (String status : o.getResponses().keySet()) {
                if (status.matches("2\\d\\d")) {
                    return Integer.parseInt(status);
                }
            }
        }
        return 200;
    }

    static boolean isEventStream(Operation o) {
        return o.getResponses() != null && o.getResponses().values().stream().anyMatch(r -> r.getContent() != null
                && r.getContent().containsKey("text/event-stream"));
    }

    private static Optional<HttpMethod> method(PathItem.HttpMethod m) {
        return switch (m) {
            case GET -> Optional.of(HttpMethod.GET);
            case POST -> Optional.of(HttpMethod.POST);
            case PUT -> Optional.of(HttpMethod.PUT);
            case PATCH -> Optional.of(HttpMethod.PATCH);
            case DELETE -> Optional.of(HttpMethod.DELETE);
            default -> Optional.empty();
        };
    }
}
