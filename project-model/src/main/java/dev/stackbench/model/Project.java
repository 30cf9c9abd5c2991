package dev.stackbench.model;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One immutable snapshot of everything a user models. Edits produce new snapshots with the {@code with…}
 * copies, so undo is a stack of snapshots and autosave writes one.
 */
public record Project(
        ProjectMeta meta,
        StackChoices stack,
        List<Feature> features,
        List<Entity> entities,
        List<Endpoint> endpoints,
        AuthConfig auth,
        List<Channel> channels,
        ProductionSettings production,
        ApiStyle apiStyle,
        List<Decision> decisions,
        Layout layout,
        Playground playground,
        ExportSettings export,
        ChecklistState checklist) {

    public Project {
        meta = meta == null ? ProjectMeta.named("Untitled") : meta;
        stack = stack == null ? StackChoices.defaults() : stack;
        features = Lists.copy(features);
        entities = Lists.copy(entities);
        endpoints = Lists.copy(endpoints);
        auth = auth == null ? AuthConfig.none() : auth;
        channels = Lists.copy(channels);
        production = production == null ? ProductionSettings.defaults() : production;
        apiStyle = apiStyle == null ? ApiStyle.defaults() : apiStyle;
        decisions = Lists.copy(decisions);
        layout = layout == null ? Layout.empty() : layout;
        playground = playground == null ? Playground.empty() : playground;
        export = export == null ? ExportSettings.defaults() : export;
        checklist = checklist == null ? ChecklistState.empty() : checklist;
    }

    public static Project blank(String name) {
        return new Project(ProjectMeta.named(name), null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<Entity> entityNamed(String name) {
        return entities.stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst();
    }

    public Optional<Endpoint> endpoint(String id) {
        return endpoints.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<Channel> channel(String id) {
        return channels.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The entity that holds users, when the auth strategy names one. */
    public Optional<Entity> userEntity() {
        return auth.userEntityId() == null ? Optional.empty() : entity(auth.userEntityId());
    }

    public List<Endpoint> endpointsOf(String entityId) {
        return endpoints.stream().filter(e -> entityId.equals(e.entityId())).toList();
    }

    public Project withMeta(ProjectMeta v) { return new Project(v, stack, features, entities, endpoints, auth, channels, production, apiStyle, decisions, layout, playground, export, checklist); }
    public Project withStack(StackChoices v) { return new Project(meta, v, features, entities, endpoints, auth, channels, production, apiStyle, decisions, layout, playground, export, checklist); }
    public Project withFeatures(List<Feature> v) { return new Project(meta, stack, v, entities, endpoints, auth, channels, production, apiStyle, decisions, layout, playground, export, checklist); }
    public Project withEntities(List<Entity> v) { return new Project(meta, stack, features, v, endpoints, auth, channels, production, apiStyle, decisions, layout, playground, export, checklist); }
    public Project withEndpoints(List<Endpoint> v) { return new Project(meta, stack, features, entities, v, auth, channels, production, apiStyle, decisions, layout, playground, export, checklist); }
    public Project withAuth(AuthConfig v) { return new Project(meta, stack, features, entities, endpoints, v, channels, production, apiStyle, decisions, layout, playground, export, checklist); }
    public Project withChannels(List<Channel> v) { return new Project(meta, stack, features, entities, endpoints, auth, v, production, apiStyle, decisions, layout, playground, export, checklist); }
    public Project withProduction(ProductionSettings v) { return new Project(meta, stack, features, entities, endpoints, auth, channels, v, apiStyle, decisions, layout, playground, export, checklist); }
    public Project withApiStyle(ApiStyle v) { return new Project(meta, stack, features, entities, endpoints, auth, channels, production, v, decisions, layout, playground, export, checklist); }
    public Project withDecisions(List<Decision> v) { return new Project(meta, stack, features, entities, endpoints, auth, channels, production, apiStyle, v, layout, playground, export, checklist); }
    public Project withLayout(Layout v) { return new Project(meta, stack, features, entities, endpoints, auth, channels, production, apiStyle, decisions, v, playground, export, checklist); }
    public Project withPlayground(Playground v) { return new Project(meta, stack, features, entities, endpoints, auth, channels, production, apiStyle, decisions, layout, v, export, checklist); }
    public Project withExport(ExportSettings v) { return new Project(meta, stack, features, entities, endpoints, auth, channels, production, apiStyle, decisions, layout, playground, v, checklist); }
    public Project withChecklist(ChecklistState v) { return new Project(meta, stack, features, entities, endpoints, auth, channels, production, apiStyle, decisions, layout, playground, export, v); }

    /** Replaces the entity with the same id by the result of {@code edit}. */
    public Project withEntity(String entityId, UnaryOperator<Entity> edit) {
        return withEntities(Lists.replace(entities, e -> e.id().equals(entityId), edit));
    }

    public Project withEndpoint(String endpointId, UnaryOperator<Endpoint> edit) {
        return withEndpoints(Lists.replace(endpoints, e -> e.id().equals(endpointId), edit));
    }

    public Project withChannel(String channelId, UnaryOperator<Channel> edit) {
        return withChannels(Lists.replace(channels, c -> c.id().equals(channelId), edit));
    }
}
