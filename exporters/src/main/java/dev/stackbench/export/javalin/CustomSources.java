package dev.stackbench.export.javalin;

import dev.stackbench.export.GeneratedFile;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Naming;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Custom endpoints that belong to no entity (a dashboard's {@code /api/stats}): package {@code custom}, a
 * service with one method per endpoint (answering 501 until written) and its routes.
 */
final class CustomSources {
    private CustomSources() {
    }

    static List<GeneratedFile> files(String base, List<Endpoint> endpoints) {
        if (endpoints.isEmpty()) {
            return List.of();
        }
        String pkg = base + ".custom";
        String dir = "src/main/java/" + pkg.replace('.', '/') + "/";
        Map<String, Endpoint> methods = new LinkedHashMap<>();
        for (Endpoint ep : endpoints) {
            String name = JavaText.identifier(Naming.camel(ep.id().replaceAll("[^A-Za-z0-9]+", " ").trim()));
            String unique = name;
            for (int i = 2; methods.containsKey(unique); i++) {
                unique = name + i;
            }
            methods.put(unique, ep);
        }
        StringBuilder service = new StringBuilder("package " + pkg + ";\n\n"
                + "import " + base + ".auth.Caller;\n"
                + "import " + base + ".web.ApiException;\n\n"
                + "import java.util.Map;\n\n"
                + "/** Operations of the model that belong to no single resource. Write each one's logic here. */\n"
                + "public final class CustomService {\n");
        StringBuilder routes = new StringBuilder("package " + pkg + ";\n\n"
                + "import " + base + ".auth.Access;\n"
                + "import " + base + ".auth.Caller;\n"
                + "import " + base + ".auth.Guard;\n"
                + "import " + base + ".web.Envelope;\n"
                + "import " + base + ".web.HttpServer;\n"
                + "import " + base + ".web.Router;\n\n"
                + "import java.util.List;\n\n"
                + "/** HTTP routes of the custom operations: who may call them, envelope out. */\n"
                + "public final class CustomRoutes {\n"
                + "    private final CustomService service;\n"
                + "    private final Guard guard;\n\n"
                + "    public CustomRoutes(CustomService service, Guard guard) {\n"
                + "        this.service = service;\n        this.guard = guard;\n    }\n\n"
                + "    public void register(Router router) {\n");
        for (Map.Entry<String, Endpoint> e : methods.entrySet()) {
            Endpoint ep = e.getValue();
            service.append("\n    /** ").append(ep.method()).append(' ').append(ep.path())
                    .append(ep.summary().isBlank() ? "" : ": " + ep.summary().replace("*/", "* /"))
                    .append(". Answers 501 until written. */\n")
                    .append("    public Object ").append(e.getKey())
                    .append("(Map<String, String> pathParams, Caller caller) {\n")
                    .append("        throw ApiException.notImplemented();\n    }\n");
            routes.append("        router.").append(ep.method().name().toLowerCase(java.util.Locale.ROOT)).append('(')
                    .append(JavaText.literal(ep.path())).append(", ctx -> {\n")
                    .append("            Caller caller = guard.enter(ctx, new Access(").append(ep.authRequired())
                    .append(", List.of(").append(String.join(", ", ep.roles().stream().map(JavaText::literal).toList()))
                    .append("), false, List.of()), ").append(JavaText.literal(ep.rateLimitClass())).append(");\n")
                    .append("            ctx.status(").append(ep.exampleStatus()).append(").json(Envelope.ok(service.")
                    .append(e.getKey()).append("(ctx.pathParamMap(), caller), HttpServer.requestId(ctx)));\n")
                    .append("        });\n");
        }
        service.append("}\n");
        routes.append("    }\n}\n");
        return List.of(new GeneratedFile(dir + "CustomService.java", service.toString()),
                new GeneratedFile(dir + "CustomRoutes.java", routes.toString()));
    }
}
