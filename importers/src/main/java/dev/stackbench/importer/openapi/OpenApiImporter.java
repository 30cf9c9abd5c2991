package dev.stackbench.importer.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbench.importer.ImportException;
import dev.stackbench.importer.ImportNote;
import dev.stackbench.importer.ImportReport;
import dev.stackbench.importer.ImportResult;
import dev.stackbench.model.ApiStyle;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Project;
import dev.stackbench.model.ProductionSettings;
import dev.stackbench.model.ProjectMeta;
import dev.stackbench.model.RateLimitClass;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.util.ArrayList;
import java.util.List;

/**
 * An OpenAPI 3.0 or 3.1 document (YAML or JSON, a file or a URL; {@code $ref}s to other files are followed) to a
 * project. What has no place in the model is listed in the result's notes with its JSON pointer.
 */
public final class OpenApiImporter {
    private OpenApiImporter() {
    }

    public static ImportResult read(String location) throws ImportException {
        Bundler.Bundle bundle = Bundler.bundle(location);
        JsonNode root = bundle.root();
        if (!root.has("openapi")) {
            throw new ImportException(location, "/openapi", root.has("swagger")
                    ? "Swagger 2.0 is not supported; convert it to OpenAPI 3 first" : "missing: not an OpenAPI 3 document");
        }
        if (!root.path("openapi").asText().matches("3\\.[01]\\..*")) {
            throw new ImportException(location, "/openapi", "version " + root.path("openapi").asText()
                    + " is not supported; only OpenAPI 3.0 and 3.1 are");
        }
        if (!root.has("paths") && !root.has("webhooks") && root.path("components").path("schemas").isEmpty()) {
            throw new ImportException(location, "/paths", "missing: the document describes no API");
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(root.toString(), null, options);
        OpenAPI api = parsed == null ? null : parsed.getOpenAPI();
        List<String> messages = parsed == null || parsed.getMessages() == null ? List.of() : parsed.getMessages();
        if (api == null) {
            throw new ImportException(location, "", messages.isEmpty() ? "not an OpenAPI 3.0 or 3.1 document"
                    : String.join("; ", messages));
        }
        ImportReport report = new ImportReport(location, pointer -> origin(location, bundle.origins(), pointer));
        messages.forEach(m -> report.note("", "parser: " + m));
        return new ImportResult(map(new Doc(api, report)), report.notes());
    }

    /** A pointer under a component copied from another file names that file and the pointer in it. */
    private static ImportNote origin(String location, java.util.Map<String, String> origins, String pointer) {
        String prefix = "/components/schemas/";
        if (pointer != null && pointer.startsWith(prefix)) {
            String rest = pointer.substring(prefix.length());
            int slash = rest.indexOf('/');
            String name = slash < 0 ? rest : rest.substring(0, slash);
            String from = origins.get(name);
            if (from != null) {
                int hash = from.indexOf('#');
                String file = from.substring(0, hash);
                return new ImportNote(file.startsWith("file:") ? java.nio.file.Path.of(java.net.URI.create(file)).toString()
                        : file, from.substring(hash + 1) + (slash < 0 ? "" : rest.substring(slash)), "");
            }
        }
        return new ImportNote(location, pointer, "");
    }

    private static Project map(Doc doc) {
        Entities entities = Entities.map(doc);
        List<Endpoint> endpoints = Endpoints.map(doc, entities);
        Auth.Mapped auth = Auth.map(doc, entities.entities());
        List<Entity> all = auth.entities();
        String title = doc.api.getInfo() == null || doc.api.getInfo().getTitle() == null ? "Imported API"
                : doc.api.getInfo().getTitle();
        String description = doc.api.getInfo() == null || doc.api.getInfo().getDescription() == null ? ""
                : doc.api.getInfo().getDescription().strip();
        String version = doc.api.getInfo() == null || doc.api.getInfo().getVersion() == null ? "0.1.0"
                : doc.api.getInfo().getVersion();
        if (doc.api.getWebhooks() != null && !doc.api.getWebhooks().isEmpty()) {
            doc.api.getWebhooks().keySet().forEach(w -> doc.report.note("/webhooks/" + Doc.segment(w),
                    "webhooks (calls the API makes) have no model counterpart; not imported"));
        }
        Project project = Project.blank(title)
                .withMeta(new ProjectMeta(title, description, version, dev.stackbench.model.Naming.packageName(title)))
                .withEntities(all).withEndpoints(endpoints).withAuth(auth.auth())
                .withChannels(Channels.map(doc, entities));
        return project.withApiStyle(pageSizes(project, entities.ids(), doc)).withProduction(rateLimits(project, doc));
    }

    /** The rate-limit classes the document defines ({@code x-stackbench-rate-limits}) beside the default ones. */
    private static ProductionSettings rateLimits(Project project, Doc doc) {
        List<RateLimitClass> classes = new ArrayList<>(project.production().rateLimits());
        Doc.ext(doc.api.getExtensions(), "rate-limits").forEach(c -> {
            String name = c.path("name").asText();
            classes.removeIf(x -> x.name().equals(name));
            classes.add(new RateLimitClass("rl_" + dev.stackbench.model.Naming.snake(name), name,
                    c.path("capacity").asInt(), c.path("windowSeconds").asInt(),
                    RateLimitClass.Key.valueOf(c.path("key").asText("client").toUpperCase(java.util.Locale.ROOT))));
        });
        return project.production().withRateLimits(classes);
    }

    /** The page sizes from the first list's {@code limit} parameter (default and maximum), else the defaults. */
    private static ApiStyle pageSizes(Project project, ApiStyle.IdStyle ids, Doc doc) {
        ApiStyle style = ApiStyle.defaults().withIds(ids);
        for (Endpoint ep : project.endpoints()) {
            if (ep.kind() != EndpointKind.LIST) {
                continue;
            }
            var item = doc.api.getPaths().get(ep.path());
            var op = item == null ? null : item.getGet();
            if (op == null || op.getParameters() == null) {
                continue;
            }
            for (Parameter p : op.getParameters()) {
                if ("limit".equals(p.getName()) && p.getSchema() != null) {
                    Schema<?> s = p.getSchema();
                    int max = s.getMaximum() == null ? style.maxPageSize() : s.getMaximum().intValue();
                    int def = s.getDefault() instanceof Number n ? n.intValue() : Math.min(style.defaultPageSize(), max);
                    return style.withPageSizes(def, max);
                }
            }
        }
        return style;
    }
}
