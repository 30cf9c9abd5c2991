package dev.stackbench.export.javalin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.Project;
import dev.stackbench.model.Role;
import dev.stackbench.model.plan.Column;
import dev.stackbench.model.scenario.Accounts;
import dev.stackbench.model.scenario.ScenarioSuite;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code src/test/resources/scenarios.json}: the model's scenario suite as data, with the seed accounts the
 * exported tests insert (user columns, public passwords) and the register body template, so the exported API
 * tests run exactly the scenarios the live backend passes.
 */
final class ScenarioData {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScenarioData() {
    }

    static String of(Project project, List<ResourceModel> resources) {
        ObjectNode root = JSON.createObjectNode();
        root.put("project", project.meta().name());
        project.production().rateLimit(project.production().authRateLimit() == null ? ""
                : project.production().authRateLimit()).ifPresent(l -> root.put("authRateLimit", l.capacity()));
        Optional<ResourceModel> users = project.userEntity().flatMap(u -> resources.stream()
                .filter(r -> r.entity().id().equals(u.id())).findFirst());
        ArrayNode accounts = root.putArray("accounts");
        if (project.auth().enabled() && users.isPresent()) {
            ResourceModel user = users.get();
            root.put("seedTable", user.table().name());
            root.put("loginProperty", Accounts.loginProperty(project));
            root.put("loginFlow", project.auth().passwordFieldId() == null
                    && project.auth().strategy() == dev.stackbench.model.AuthStrategy.OAUTH ? "oauth" : "password");
            root.put("registerTemplate", project.auth().passwordFieldId() == null ? ""
                    : Accounts.registerTemplate(project));
            user.entity().field(project.auth().passwordFieldId() == null ? "" : project.auth().passwordFieldId())
                    .ifPresent(f -> root.put("passwordColumn", column(user, f.id())));
            ArrayNode stamps = root.putArray("timestampColumns");
            user.props().stream().filter(p -> p.columnRole() == Column.Role.CREATED_AT
                    || p.columnRole() == Column.Role.UPDATED_AT).forEach(p -> stamps.add(p.column()));
            for (Role role : project.auth().roles()) {
                ObjectNode account = accounts.addObject();
                account.put("role", role.name());
                account.put("login", role.name() + "@example.com");
                account.put("password", Accounts.seedPassword(role.name()));
                ObjectNode columns = account.putObject("columns");
                for (Map.Entry<String, String> e : Accounts.seedUser(project, role.name()).entrySet()) {
                    user.props().stream().filter(p -> p.name().equals(e.getKey())).findFirst()
                            .ifPresent(p -> columns.set(p.column(), read(e.getValue())));
                }
            }
        }
        List<dev.stackbench.model.scenario.Scenario> scenarios = ScenarioSuite.derive(project);
        root.set("scenarios", JSON.valueToTree(scenarios));
        ArrayNode realtime = root.putArray("realtime");
        for (dev.stackbench.model.Channel channel : project.channels()) {
            realtime(project, channel, resources, scenarios).ifPresent(realtime::add);
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the realtime tests need about a channel: its transport, who listens (a role's seed user when it needs
     * auth), and the happy-path scenario of an entity it carries (running it makes created/updated/deleted events).
     */
    private static Optional<ObjectNode> realtime(Project project, dev.stackbench.model.Channel channel,
                                                 List<ResourceModel> resources,
                                                 List<dev.stackbench.model.scenario.Scenario> scenarios) {
        ObjectNode out = JSON.createObjectNode();
        out.put("channel", channel.name());
        out.put("transport", channel.transport().name().toLowerCase(java.util.Locale.ROOT));
        boolean authed = channel.authRequired() && project.auth().enabled() && !project.auth().roles().isEmpty();
        out.put("actor", authed ? "role:" + project.auth().roles().get(project.auth().roles().size() - 1).name() : null);
        for (String entityId : channel.entityIds()) {
            Optional<ResourceModel> r = resources.stream().filter(m -> m.entity().id().equals(entityId)).findFirst();
            Optional<dev.stackbench.model.scenario.Scenario> crud = r.flatMap(m -> scenarios.stream().filter(s ->
                    s.name().equals(m.entity().name() + ": create, read, list, change and delete")).findFirst());
            if (crud.isPresent()) {
                out.put("resource", r.get().resource());
                out.put("scenario", crud.get().name());
                return Optional.of(out);
            }
        }
        return channel.transport() == dev.stackbench.model.Transport.WEBSOCKET && channel.clientsSend()
                ? Optional.of(out) : Optional.empty();
    }

    private static String column(ResourceModel user, String fieldId) {
        return user.table().columns().stream().filter(c -> c.elementId().equals(fieldId)).findFirst()
                .map(Column::name).orElseThrow();
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String literal) {
        try {
            return JSON.readTree(literal);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
