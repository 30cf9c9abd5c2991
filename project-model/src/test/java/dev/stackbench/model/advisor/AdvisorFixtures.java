package dev.stackbench.model.advisor;

import dev.stackbench.model.ApiStyle;
import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Channel;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Feature;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.HttpMethod;
import dev.stackbench.model.JwtSettings;
import dev.stackbench.model.Lists;
import dev.stackbench.model.OAuthSettings;
import dev.stackbench.model.OnDelete;
import dev.stackbench.model.Project;
import dev.stackbench.model.Relationship;
import dev.stackbench.model.Role;
import dev.stackbench.model.StackChoices;
import dev.stackbench.model.Transport;
import dev.stackbench.model.template.Templates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** For every rule: an edit of a clean blog model that triggers it. The clean model triggers nothing. */
final class AdvisorFixtures {
    static final Project CLEAN = Templates.load("blog").withApiStyle(ApiStyle.defaults().withIds(ApiStyle.IdStyle.UUID));

    private AdvisorFixtures() {
    }

    static Map<String, Project> triggers() {
        Map<String, UnaryOperator<Project>> edits = new LinkedHashMap<>();
        edits.put("REQ-1", p -> p.withFeatures(Lists.replace(p.features(), f -> f.id().equals("ft_write"),
                f -> new Feature(f.id(), f.title(), f.description(), f.priority(), List.of(), f.entityIds(),
                        f.endpointIds()))));
        edits.put("REQ-2", p -> p.withFeatures(Lists.plus(p.features(), new Feature("ft_x", "Dark mode", "", null,
                List.of("It is dark"), List.of(), List.of()))));
        edits.put("REQ-3", p -> addEntity(p, Entity.named("ent_note", "Note").withFields(List.of(
                Field.of("fld_note_text", "text", FieldType.STRING)))));
        edits.put("REQ-4", p -> p.withDecisions(List.of()));
        edits.put("DM-1", p -> addEntity(p, Entity.named("ent_dup", "post")));
        edits.put("DM-2", p -> relationship(p, "ent_post", "rel_post_author", r -> r.withTarget("ent_missing")));
        edits.put("DM-3", p -> field(p, "ent_post", Field.of("fld_order", "order", FieldType.INT)));
        edits.put("DM-4", p -> relationship(p, "ent_post", "rel_post_author", r -> r.withFkIndexOff(true)));
        edits.put("DM-5", p -> p.withEntity("ent_post", e -> e.withField("fld_post_status", f -> f.withAutoIndexOff(true))));
        edits.put("DM-6", p -> p.withEntity("ent_tag", e -> e.withTimestampsOff(true)));
        edits.put("DM-7", p -> relationship(p, "ent_post", "rel_post_tags", r -> r.withJoinTable(null)));
        edits.put("DM-8", p -> relationship(p, "ent_comment", "rel_comment_post", r -> r.withOnDelete(OnDelete.UNSET)));
        edits.put("DM-9", p -> field(p, "ent_user", Field.of("fld_token", "apiToken", FieldType.STRING)));
        edits.put("DM-10", p -> p.withEndpoint("ent_user.list", e -> e.withFilterable(List.of("passwordHash"))));
        edits.put("DM-11", p -> p.withApiStyle(ApiStyle.defaults()));
        edits.put("DM-12", p -> p.withEntity("ent_tag", e -> e.withField("fld_tag_name", f -> f.withLength(1, null))));
        edits.put("DM-13", p -> p.withEntity("ent_post", e -> e.withField("fld_post_status",
                f -> f.withEnumValues(List.of()))));
        edits.put("DM-14", p -> p.withEntity("ent_tag", e -> e.withField("fld_tag_slug", f -> f.withPattern("^(a+)+$"))));
        edits.put("DM-15", p -> field(p, "ent_post", Field.of("fld_price", "price", FieldType.DECIMAL)));
        edits.put("DM-16", p -> addEntity(p, Entity.named("ent_like", "Like").withRelationships(List.of(
                Relationship.manyToOne("rel_like_user", "user", "ent_user", OnDelete.CASCADE, true),
                Relationship.manyToOne("rel_like_post", "post", "ent_post", OnDelete.CASCADE, true)))));
        edits.put("DM-17", p -> p.withEntity("ent_tag", e -> e.withField("fld_tag_slug", f -> f.withPattern("([a-z"))));
        edits.put("API-1", p -> p.withEndpoint("ent_tag.list", e -> e.withPath("/api/tag")));
        edits.put("API-2", p -> p.withEndpoint("ep_stats", e -> e.withPath("/api/getStats")));
        edits.put("API-3", p -> addEndpoint(p, endpoint("ep_dup", "ent_post", EndpointKind.GET, HttpMethod.GET,
                "/api/posts/{postId}")));
        edits.put("API-4", p -> p.withApiStyle(new ApiStyle(ApiStyle.IdStyle.UUID, null, null, 20, 10_000)));
        edits.put("API-5", p -> p.withEndpoint("ent_post.list", e -> e.withFilterable(List.of("colour"))));
        edits.put("API-6", p -> p.withEndpoint("ent_post.delete", e -> e.withMethod(HttpMethod.GET)));
        edits.put("API-7", p -> p.withEndpoint("ent_post.create", e -> e.withMethod(HttpMethod.PUT)));
        edits.put("API-8", p -> field(p, "ent_tag", Field.of("fld_created", "createdAt", FieldType.DATETIME)));
        edits.put("API-9", p -> addEndpoint(p, endpoint("ep_deep", null, EndpointKind.CUSTOM, HttpMethod.GET,
                "/api/posts/{postId}/comments/{commentId}/likes")));
        edits.put("API-10", p -> p.withEndpoint("ep_stats", e -> e.withExample(200, "{\"success\": true, \"data\": {}}")));
        edits.put("API-11", p -> p.withEndpoint("ent_post.create", e -> e.withRateLimitClass("turbo")));
        edits.put("API-12", p -> p.withEndpoint("ep_stats", e -> e.withExample(200, "{not json")));
        edits.put("API-13", p -> addEndpoint(p, endpoint("ep_orphan", "ent_missing", EndpointKind.LIST, HttpMethod.GET,
                "/api/ghosts")));
        edits.put("AUTH-1", p -> p.withAuth(p.auth().withStrategy(AuthStrategy.NONE)));
        edits.put("AUTH-2", p -> p.withAuth(p.auth().withUser("ent_user", "fld_user_email", null, "fld_user_role")));
        edits.put("AUTH-3", p -> p.withEndpoint("ent_post.create", e -> e.withRoles(List.of("writer"))));
        edits.put("AUTH-4", p -> p.withAuth(p.auth().withJwt(new JwtSettings(120, 14, true, true, true, null, null))));
        edits.put("AUTH-5", p -> p.withAuth(p.auth().withJwt(new JwtSettings(15, 14, true, false, true, null, null))));
        edits.put("AUTH-6", p -> p.withAuth(p.auth().withStrategy(AuthStrategy.SESSION)));
        edits.put("AUTH-7", p -> p.withStack(new StackChoices("javalin", null, null, true, false, false, false, true)));
        edits.put("AUTH-8", p -> p.withAuth(p.auth().withStrategy(AuthStrategy.OAUTH).withOauth(OAuthSettings.defaults())));
        edits.put("AUTH-9", p -> p.withProduction(p.production().withRateLimitNames("global", null)));
        edits.put("AUTH-10", p -> p.withEndpoint("ent_post.update", e -> e.withOwnerOnly(false)));
        edits.put("AUTH-11", p -> p.withEndpoints(p.endpoints().stream().map(e -> e.withAuthRequired(false)).toList()));
        edits.put("AUTH-12", p -> p.withAuth(p.auth().withRoles(Lists.plus(p.auth().roles(), new Role("r", "ghost", "")))));
        edits.put("AUTH-13", p -> p.withEntity("ent_post", e -> e.withOwnerRelationshipId("rel_post_tags")));
        edits.put("RT-1", p -> p.withChannel("ch_activity", c -> c.withClientsSend(true)));
        edits.put("RT-2", p -> p.withChannel("ch_activity", c -> c.withTransport(Transport.WEBSOCKET)));
        edits.put("RT-3", p -> p.withChannel("ch_activity", c -> c.withEntityIds(Lists.plus(c.entityIds(), "ent_user"))));
        edits.put("RT-4", p -> p.withChannels(Lists.plus(p.channels(), new Channel("ch_empty", "empty", Transport.SSE,
                "", List.of(), List.of(), false, false, List.of(), 100, 0))));
        edits.put("RT-5", p -> p.withChannel("ch_activity", c -> c.withResumeBuffer(0)));
        edits.put("RT-6", p -> p.withChannel("ch_activity", c -> c.withEntityIds(Lists.plus(c.entityIds(), "ent_gone"))));
        edits.put("PROD-1", p -> p.withProduction(p.production().withCorsOrigins(List.of())));
        edits.put("PROD-2", p -> p.withProduction(p.production().withHttpsOnly(false)));
        edits.put("PROD-3", p -> p.withProduction(p.production().withChecks(false, true, true, true)));
        edits.put("PROD-4", p -> p.withProduction(p.production().withChecks(true, true, false, true)));
        edits.put("PROD-5", p -> p.withProduction(p.production().withAlertRules(List.of())));
        edits.put("PROD-6", p -> p.withProduction(p.production().withOperations("", "x", "x", "x", "x")));
        edits.put("PROD-7", p -> p.withProduction(p.production().withRateLimitNames(null, "auth")));
        edits.put("PROD-8", p -> p.withProduction(p.production().withShutdownTimeoutSeconds(0)));
        Map<String, Project> triggers = new LinkedHashMap<>();
        edits.forEach((id, edit) -> triggers.put(id, edit.apply(CLEAN)));
        return triggers;
    }

    private static Project addEntity(Project p, Entity entity) {
        return p.withEntities(Lists.plus(p.entities(), entity));
    }

    private static Project field(Project p, String entityId, Field field) {
        return p.withEntity(entityId, e -> e.withFields(Lists.plus(e.fields(), field.withLength(null, 100))));
    }

    private static Project relationship(Project p, String entityId, String relId, UnaryOperator<Relationship> edit) {
        return p.withEntity(entityId, e -> e.withRelationship(relId, edit));
    }

    private static Project addEndpoint(Project p, Endpoint endpoint) {
        return p.withEndpoints(Lists.plus(p.endpoints(), endpoint));
    }

    private static Endpoint endpoint(String id, String entityId, EndpointKind kind, HttpMethod method, String path) {
        return new Endpoint(id, entityId, kind, method, path, "", false, List.of(), false, List.of(), null, List.of(),
                List.of(), null, 200, "{}");
    }
}
