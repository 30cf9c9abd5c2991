package dev.stackbench.export.javalin;

import dev.stackbench.export.GeneratedFile;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.Naming;
import dev.stackbench.model.plan.SqlType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Java sources of one resource, one package per resource, layered inside it: the record (the DTO), the
 * schema (what the data layer checks), the repository (JDBC), the service (business rules, no HTTP types) and
 * the routes (HTTP in and out, no business logic).
 */
final class ResourceSources {
    private final ResourceModel r;
    private final String base;
    private final String pkg;
    private final String dir;
    private final int defaultLimit;
    private final int maxLimit;

    ResourceSources(ResourceModel r, String basePackage, int defaultLimit, int maxLimit) {
        this.r = r;
        this.defaultLimit = defaultLimit;
        this.maxLimit = maxLimit;
        this.base = basePackage;
        this.pkg = r.javaPackage(basePackage);
        this.dir = "src/main/java/" + pkg.replace('.', '/') + "/";
    }

    List<GeneratedFile> files() {
        return List.of(
                new GeneratedFile(dir + r.className() + ".java", record()),
                new GeneratedFile(dir + r.className() + "Schema.java", schema()),
                new GeneratedFile(dir + r.className() + "Repository.java", repository()),
                new GeneratedFile(dir + r.className() + "Service.java", service()),
                new GeneratedFile(dir + r.className() + "Routes.java", routes()),
                new GeneratedFile(dir.replace("src/main/", "src/test/") + r.className() + "ServiceTest.java",
                        serviceTest()));
    }

    /** Unit tests of the service on an embedded database, without HTTP: validation, ids, missing rows, lists. */
    private String serviceTest() {
        java.util.Set<EndpointKind> kinds = r.endpoints().stream().map(Endpoint::kind)
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(EndpointKind.class)));
        boolean uuid = r.idJavaType().equals("java.util.UUID");
        String missing = uuid ? "00000000-0000-4000-8000-000000000000" : "999999";
        StringBuilder tests = new StringBuilder();
        if (kinds.contains(EndpointKind.CREATE)) {
            String required = r.props().stream().filter(p -> !p.nullable() && (p.role().equals("FIELD")
                    && p.field() != null && p.field().defaultValue() == null || p.role().equals("FOREIGN_KEY")))
                    .map(p -> lit(p.name())).collect(Collectors.joining(", "));
            tests.append("\n    @Test\n    void an_empty_body_lists_every_required_property() {\n")
                    .append("        ApiException e = assertThrows(ApiException.class,\n")
                    .append("                () -> service.create(JsonNodeFactory.instance.objectNode(), null, null));\n")
                    .append("        assertEquals(").append(required.isEmpty() ? 201 : 422).append(", e.status());\n")
                    .append("        assertEquals(List.of(").append(required).append("), e.errors().stream().map(FieldError::field).toList());\n")
                    .append("    }\n");
            if (required.isEmpty()) {
                tests.setLength(0);
            }
        }
        if (kinds.contains(EndpointKind.GET)) {
            tests.append("\n    @Test\n    void a_malformed_id_is_a_400_and_a_missing_row_a_404_naming_it() {\n")
                    .append("        assertEquals(400, assertThrows(ApiException.class, () -> service.get(\"not-an-id\", null, Access.open())).status());\n")
                    .append("        ApiException missing = assertThrows(ApiException.class, () -> service.get(").append(lit(missing))
                    .append(", null, Access.open()));\n")
                    .append("        assertEquals(404, missing.status());\n")
                    .append("        assertEquals(").append(lit(Naming.capitalize(r.words()) + " " + missing + " not found"))
                    .append(", missing.getMessage());\n    }\n");
        }
        if (kinds.contains(EndpointKind.LIST)) {
            tests.append("\n    @Test\n    void an_empty_table_lists_no_rows() throws Exception {\n")
                    .append("        assertEquals(0, service.list(new ListRequest(1, 20, List.of(), List.of()), null, null, Access.open()).total());\n")
                    .append("    }\n");
        }
        if (tests.length() == 0) {
            tests.append("\n    @Test\n    void the_service_starts_on_a_migrated_database() {\n        assertNotNull(service);\n    }\n");
        }
        return "package " + pkg + ";\n\n"
                + "import " + base + ".TestDatabase;\n"
                + "import " + base + ".auth.Access;\n"
                + "import " + base + ".data.ListRequest;\n"
                + "import " + base + ".db.Database;\n"
                + "import " + base + ".web.ApiException;\n"
                + "import " + base + ".web.FieldError;\n"
                + "import com.fasterxml.jackson.databind.node.JsonNodeFactory;\n"
                + "import org.junit.jupiter.api.AfterAll;\n"
                + "import org.junit.jupiter.api.BeforeAll;\n"
                + "import org.junit.jupiter.api.Test;\n\n"
                + "import java.util.List;\n\n"
                + "import static org.junit.jupiter.api.Assertions.assertEquals;\n"
                + "import static org.junit.jupiter.api.Assertions.assertNotNull;\n"
                + "import static org.junit.jupiter.api.Assertions.assertThrows;\n\n"
                + "/** {@link " + serviceClass() + "} on an embedded, migrated database, without HTTP. */\n"
                + "@SuppressWarnings(\"unused\")\n"
                + "class " + serviceClass() + "Test {\n"
                + "    private static Database database;\n"
                + "    private static " + serviceClass() + " service;\n\n"
                + "    @BeforeAll\n    static void start() {\n"
                + "        database = TestDatabase.fresh();\n"
                + "        service = new " + serviceClass() + "(database, new " + repositoryClass() + "(), (resource, type, row) -> { });\n"
                + "    }\n\n"
                + "    @AfterAll\n    static void stop() {\n        database.close();\n    }\n"
                + tests + "}\n";
    }

    String serviceClass() {
        return r.className() + "Service";
    }

    String repositoryClass() {
        return r.className() + "Repository";
    }

    String routesClass() {
        return r.className() + "Routes";
    }

    String qualified(String simple) {
        return pkg + "." + simple;
    }

    private String record() {
        List<String> components = new ArrayList<>();
        for (Object o : r.readableInOrder()) {
            if (o instanceof ResourceModel.Prop p) {
                components.add(javaType(p.type()) + " " + p.javaName());
            } else {
                ResourceModel.LinkModel l = (ResourceModel.LinkModel) o;
                components.add("List<" + r.idJavaType() + "> " + JavaText.identifier(l.property()));
            }
        }
        return "package " + pkg + ";\n\n"
                + "import java.util.List;\n\n"
                + "/** A " + r.words() + " as the API returns it (sensitive fields are never part of it). */\n"
                + "public record " + r.className() + "(\n        "
                + String.join(",\n        ", components) + ") {\n}\n";
    }

    private String schema() {
        List<String> props = new ArrayList<>();
        for (ResourceModel.Prop p : r.props()) {
            props.add(property(p));
        }
        String links = r.links().stream().map(l -> "new Link(" + lit(l.property()) + ", " + lit(l.joinTable()) + ", "
                + lit(l.selfColumn()) + ", " + lit(l.otherColumn()) + ", " + lit(l.otherTable()) + ", "
                + lit(l.otherWords()) + ")").collect(Collectors.joining(",\n                    "));
        String unique = r.uniqueIndexes().stream().map(cols -> "List.of(" + cols.stream().map(JavaText::literal)
                .collect(Collectors.joining(", ")) + ")").collect(Collectors.joining(", "));
        String restricted = r.restrictedBy().stream().map(ref -> "new Schema.Reference(" + lit(ref[0]) + ", "
                + lit(ref[1]) + ")").collect(Collectors.joining(", "));
        return "package " + pkg + ";\n\n"
                + "import " + base + ".data.Link;\n"
                + "import " + base + ".data.Property;\n"
                + "import " + base + ".data.Property.Role;\n"
                + "import " + base + ".data.Schema;\n"
                + "import " + base + ".data.Type;\n\n"
                + "import java.util.List;\n\n"
                + "/** The " + r.words() + " table and its rules, from the model: what the validator checks on writes. */\n"
                + "public final class " + r.className() + "Schema {\n"
                + "    public static final Schema SCHEMA = new Schema(" + lit(r.words()) + ", " + lit(r.table().name())
                + ", Type." + r.props().get(0).type().kind().name() + ",\n"
                + "            List.of(\n                    " + String.join(",\n                    ", props) + "),\n"
                + "            List.of(" + (links.isEmpty() ? "" : "\n                    " + links) + "),\n"
                + "            List.of(" + unique + "),\n"
                + "            List.of(" + restricted + "));\n\n"
                + "    private " + r.className() + "Schema() {\n    }\n}\n";
    }

    private static String property(ResourceModel.Prop p) {
        StringBuilder b = new StringBuilder("Property.of(" + lit(p.name()) + ", " + lit(p.column()) + ", Type."
                + p.type().kind().name() + ", Role." + p.role() + ")");
        if (!p.nullable() && !p.role().equals("ID")) {
            b.append(".required()");
        }
        if (p.unique()) {
            b.append(".uniqueValues()");
        }
        if (p.referencedTable() != null) {
            b.append(".references(").append(lit(p.referencedTable())).append(", ").append(lit(p.referencedWords()))
                    .append(")");
        }
        Field f = p.field();
        if (f == null) {
            return b.toString();
        }
        if (f.defaultValue() != null) {
            b.append(".defaultValue(").append(lit(f.defaultValue())).append(")");
        }
        if (f.type() == FieldType.ENUM) {
            b.append(".oneOf(").append(f.enumValues().stream().map(JavaText::literal).collect(Collectors.joining(", ")))
                    .append(")");
        } else {
            Integer max = f.maxLength() != null ? f.maxLength()
                    : p.type().kind() == SqlType.Kind.VARCHAR ? p.type().length() : null;
            if (f.minLength() != null || max != null) {
                b.append(".length(").append(f.minLength()).append(", ").append(max).append(")");
            }
        }
        if (f.min() != null || f.max() != null) {
            b.append(".range(").append(lit(ResourceModel.plain(f.min()))).append(", ")
                    .append(lit(ResourceModel.plain(f.max()))).append(")");
        }
        if (f.pattern() != null) {
            b.append(".pattern(").append(lit(f.pattern())).append(")");
        }
        if (p.type().kind() == SqlType.Kind.DECIMAL) {
            b.append(".decimal(").append(p.type().precision()).append(", ").append(p.type().scale()).append(")");
        }
        return b.toString();
    }

    private String repository() {
        List<String> reads = new ArrayList<>();
        for (Object o : r.readableInOrder()) {
            if (o instanceof ResourceModel.Prop p) {
                reads.add("Rows." + reader(p.type()) + "(rs, " + lit(p.column()) + ")");
            } else {
                reads.add("Rows.ids(links, " + lit(((ResourceModel.LinkModel) o).property()) + ")");
            }
        }
        return "package " + pkg + ";\n\n"
                + "import " + base + ".data.Rows;\n"
                + "import " + base + ".data.TableRepository;\n\n"
                + "import java.sql.ResultSet;\n"
                + "import java.sql.SQLException;\n"
                + "import java.util.List;\n"
                + "import java.util.Map;\n\n"
                + "/** JDBC access to {@code " + r.table().name() + "}: prepared statements only (see TableRepository). */\n"
                + "public final class " + repositoryClass() + " extends TableRepository<" + r.className() + "> {\n"
                + "    public " + repositoryClass() + "() {\n"
                + "        super(" + r.className() + "Schema.SCHEMA);\n    }\n\n"
                + "    @Override\n"
                + "    protected " + r.className() + " map(ResultSet rs, Map<String, List<Object>> links) throws SQLException {\n"
                + "        return new " + r.className() + "(\n                "
                + String.join(",\n                ", reads) + ");\n    }\n}\n";
    }

    private String service() {
        StringBuilder methods = new StringBuilder();
        java.util.Set<EndpointKind> kinds = r.endpoints().stream().map(Endpoint::kind)
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(EndpointKind.class)));
        String t = r.className();
        if (kinds.contains(EndpointKind.LIST)) {
            methods.append(method("Page<" + t + "> list(ListRequest query, Scope scope, Caller caller, Access access)",
                    "return crud.list(query, scope, caller, access);"));
        }
        if (kinds.contains(EndpointKind.GET)) {
            methods.append(method(t + " get(String id, Caller caller, Access access)",
                    "return crud.get(id, caller, access);"));
        }
        if (kinds.contains(EndpointKind.CREATE)) {
            methods.append(method("Crud.Created<" + t + "> create(ObjectNode body, Scope scope, Caller caller)",
                    "return crud.create(body, scope, caller);"));
        }
        if (kinds.contains(EndpointKind.UPDATE)) {
            methods.append(method(t + " replace(String id, ObjectNode body, Caller caller, Access access)",
                    "return crud.change(id, body, Validator.Mode.REPLACE, caller, access);"));
        }
        if (kinds.contains(EndpointKind.PATCH)) {
            methods.append(method(t + " patch(String id, ObjectNode body, Caller caller, Access access)",
                    "return crud.change(id, body, Validator.Mode.PATCH, caller, access);"));
        }
        if (kinds.contains(EndpointKind.DELETE)) {
            methods.append(method("void delete(String id, Caller caller, Access access)",
                    "crud.delete(id, caller, access);"));
        }
        for (Map.Entry<String, Endpoint> custom : customMethods().entrySet()) {
            Endpoint ep = custom.getValue();
            methods.append("\n    /**\n     * " + ep.method() + " " + ep.path() + (ep.summary().isBlank() ? "" : ": "
                    + ep.summary().replace("*/", "* /")) + "\n     * Write this operation's business logic here; until then it answers 501.\n     */\n"
                    + "    public Object " + custom.getKey() + "(Map<String, String> pathParams, Caller caller) {\n"
                    + "        throw ApiException.notImplemented();\n    }\n");
        }
        return "package " + pkg + ";\n\n"
                + "import " + base + ".auth.Access;\n"
                + "import " + base + ".auth.Caller;\n"
                + "import " + base + ".data.Crud;\n"
                + "import " + base + ".data.ListRequest;\n"
                + "import " + base + ".data.Page;\n"
                + "import " + base + ".data.Scope;\n"
                + "import " + base + ".data.Validator;\n"
                + "import " + base + ".db.Database;\n"
                + "import " + base + ".realtime.Events;\n"
                + "import " + base + ".web.ApiException;\n"
                + "import com.fasterxml.jackson.databind.node.ObjectNode;\n\n"
                + "import java.sql.SQLException;\n"
                + "import java.util.Map;\n\n"
                + "/**\n * Business rules of " + Naming.plural(r.words()) + ". The shared CRUD rules (validation, ownership, "
                + "timestamps,\n * events) come from {@link Crud}; add this resource's own rules around them. No HTTP types here.\n */\n"
                + "@SuppressWarnings(\"unused\")\n"
                + "public final class " + serviceClass() + " {\n"
                + "    private final Crud<" + t + "> crud;\n\n"
                + "    public " + serviceClass() + "(Database database, " + repositoryClass() + " repository, Events events) {\n"
                + "        this.crud = new Crud<>(database, repository, events, " + lit(r.resource()) + ");\n    }\n"
                + methods + "}\n";
    }

    private static String method(String signature, String body) {
        boolean throwsSql = !signature.contains("Map<String, String> pathParams");
        return "\n    public " + signature + (throwsSql ? " throws SQLException" : "") + " {\n        " + body + "\n    }\n";
    }

    /** Custom endpoints by service method name (from the endpoint id, made unique). */
    Map<String, Endpoint> customMethods() {
        Map<String, Endpoint> out = new LinkedHashMap<>();
        for (Endpoint ep : r.endpoints()) {
            if (ep.kind() != EndpointKind.CUSTOM) {
                continue;
            }
            String raw = ep.id().contains(".") ? ep.id().substring(ep.id().lastIndexOf('.') + 1) : ep.id();
            String name = JavaText.identifier(Naming.camel(raw.replaceAll("[^A-Za-z0-9]+", " ").trim()));
            String unique = name;
            for (int i = 2; out.containsKey(unique) || List.of("list", "get", "create", "replace", "patch", "delete")
                    .contains(unique); i++) {
                unique = name + i;
            }
            out.put(unique, ep);
        }
        return out;
    }

    private String routes() {
        StringBuilder constants = new StringBuilder();
        StringBuilder routes = new StringBuilder();
        Map<String, Endpoint> customs = customMethods();
        int n = 0;
        for (Endpoint ep : r.endpoints()) {
            String name = constantName(ep, n++);
            constants.append("    private static final Access ").append(name).append(" = new Access(")
                    .append(ep.authRequired()).append(", ").append(list(ep.roles())).append(", ")
                    .append(ep.ownerOnly()).append(", ").append(list(ep.ownerExemptRoles())).append(");\n");
            if (ep.kind() == EndpointKind.LIST) {
                constants.append("    private static final ListRequest.Rules ").append(name).append("_RULES = new ListRequest.Rules(")
                        .append(list(ep.filterable())).append(", ").append(list(ep.sortable())).append(", ")
                        .append("DEFAULT_LIMIT, MAX_LIMIT);\n");
            }
            routes.append(route(ep, name, customs));
        }
        return "package " + pkg + ";\n\n"
                + "import " + base + ".auth.Access;\n"
                + "import " + base + ".auth.Caller;\n"
                + "import " + base + ".auth.Guard;\n"
                + "import " + base + ".data.Crud;\n"
                + "import " + base + ".data.ListRequest;\n"
                + "import " + base + ".data.Page;\n"
                + "import " + base + ".data.Scope;\n"
                + "import " + base + ".web.Envelope;\n"
                + "import " + base + ".web.HttpServer;\n"
                + "import " + base + ".web.JsonBody;\n"
                + "import " + base + ".web.Router;\n\n"
                + "import java.util.List;\n\n"
                + "/** HTTP routes of " + Naming.plural(r.words()) + ": who may call what, request in, envelope out. */\n"
                + "@SuppressWarnings(\"unused\")\n"
                + "public final class " + routesClass() + " {\n"
                + "    private static final int DEFAULT_LIMIT = " + defaultLimit + ";\n"
                + "    private static final int MAX_LIMIT = " + maxLimit + ";\n"
                + constants + "\n"
                + "    private final " + serviceClass() + " service;\n"
                + "    private final Guard guard;\n\n"
                + "    public " + routesClass() + "(" + serviceClass() + " service, Guard guard) {\n"
                + "        this.service = service;\n        this.guard = guard;\n    }\n\n"
                + "    public void register(Router router) {\n" + routes + "    }\n}\n";
    }

    private String route(Endpoint ep, String access, Map<String, Endpoint> customs) {
        String verb = ep.method().name().toLowerCase(java.util.Locale.ROOT);
        String enter = "            Caller caller = guard.enter(ctx, " + access + ", " + lit(ep.rateLimitClass()) + ");\n";
        String rid = "HttpServer.requestId(ctx)";
        String body = switch (ep.kind()) {
            case LIST -> "            ListRequest query = ListRequest.parse(ctx.queryParamMap(), " + r.className()
                    + "Schema.SCHEMA, " + access + "_RULES);\n"
                    + "            Page<" + r.className() + "> page = service.list(query, " + scope(ep) + ", caller, " + access + ");\n"
                    + "            ctx.json(Envelope.page(page.rows(), " + rid + ", page.total(), query.page(), query.limit()));\n";
            case GET -> "            ctx.json(Envelope.ok(service.get(ctx.pathParam(\"id\"), caller, " + access + "), " + rid + "));\n";
            case CREATE -> "            Crud.Created<" + r.className() + "> created = service.create(JsonBody.object(ctx), "
                    + scope(ep) + ", caller);\n"
                    + "            ctx.header(\"Location\", \"/api/" + r.resource() + "/\" + created.id());\n"
                    + "            ctx.status(201).json(Envelope.ok(created.row(), " + rid + "));\n";
            case UPDATE -> "            ctx.json(Envelope.ok(service.replace(ctx.pathParam(\"id\"), JsonBody.object(ctx), caller, "
                    + access + "), " + rid + "));\n";
            case PATCH -> "            ctx.json(Envelope.ok(service.patch(ctx.pathParam(\"id\"), JsonBody.object(ctx), caller, "
                    + access + "), " + rid + "));\n";
            case DELETE -> "            service.delete(ctx.pathParam(\"id\"), caller, " + access + ");\n"
                    + "            ctx.status(204);\n";
            case CUSTOM -> "            ctx.status(" + ep.exampleStatus() + ").json(Envelope.ok(service."
                    + customs.entrySet().stream().filter(e -> e.getValue() == ep).findFirst().orElseThrow().getKey()
                    + "(ctx.pathParamMap(), caller), " + rid + "));\n";
        };
        return "        router." + verb + "(" + lit(ep.path()) + ", ctx -> {\n" + enter + body + "        });\n";
    }

    /** The nested route's parent, when the endpoint has one. */
    private String scope(Endpoint ep) {
        if (ep.scopeRelationshipId() == null) {
            return "null";
        }
        ResourceModel.Prop fk = r.props().stream().filter(p -> p.columnRole() == dev.stackbench.model.plan.Column.Role.FOREIGN_KEY
                && r.table().columns().stream().anyMatch(c -> c.name().equals(p.column())
                && c.elementId().equals(ep.scopeRelationshipId()))).findFirst().orElseThrow();
        String variable = ep.path().replaceAll(".*?\\{([^}]+)}.*", "$1");
        String parentTitle = Naming.capitalize(fk.referencedWords());
        return "new Scope(" + lit(fk.column()) + ", " + lit(fk.referencedTable()) + ", " + lit(parentTitle)
                + ", ctx.pathParam(" + lit(variable) + "), " + lit(variable) + ")";
    }

    private static String constantName(Endpoint ep, int index) {
        String raw = ep.id().contains(".") ? ep.id().substring(ep.id().lastIndexOf('.') + 1) : ep.id();
        return raw.replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(java.util.Locale.ROOT) + "_" + index;
    }

    private static String list(List<String> values) {
        return "List.of(" + values.stream().map(JavaText::literal).collect(Collectors.joining(", ")) + ")";
    }

    private static String lit(String s) {
        return JavaText.literal(s);
    }

    static String javaType(SqlType type) {
        return switch (type.kind()) {
            case VARCHAR, TEXT -> "String";
            case INTEGER -> "Integer";
            case BIGINT -> "Long";
            case DECIMAL -> "java.math.BigDecimal";
            case BOOLEAN -> "Boolean";
            case DATE -> "java.time.LocalDate";
            case TIMESTAMP -> "java.time.Instant";
            case UUID -> "java.util.UUID";
            case JSON -> "com.fasterxml.jackson.databind.JsonNode";
        };
    }

    private static String reader(SqlType type) {
        return switch (type.kind()) {
            case VARCHAR, TEXT -> "text";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case DECIMAL -> "decimal";
            case BOOLEAN -> "bool";
            case DATE -> "date";
            case TIMESTAMP -> "instant";
            case UUID -> "uuid";
            case JSON -> "json";
        };
    }
}
