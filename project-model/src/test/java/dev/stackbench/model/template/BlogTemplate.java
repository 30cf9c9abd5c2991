package dev.stackbench.model.template;

import dev.stackbench.model.AuthConfig;
import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Channel;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Feature;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.JwtSettings;
import dev.stackbench.model.OnDelete;
import dev.stackbench.model.Project;
import dev.stackbench.model.ProjectMeta;
import dev.stackbench.model.Role;
import dev.stackbench.model.StackChoices;
import dev.stackbench.model.Transport;

import java.util.ArrayList;
import java.util.List;

import static dev.stackbench.model.template.TemplateKit.*;

/** Blog: users, posts, comments, tags (many-to-many); JWT with roles reader, author and admin. */
final class BlogTemplate {
    private BlogTemplate() {
    }

    static Project build() {
        Entity user = entity("ent_user", "User", "A registered reader or author.", List.of(
                email("fld_user_email"),
                password("fld_user_password"),
                str("fld_user_name", "displayName", 80, true).withLength(2, 80),
                enumOf("fld_user_role", "role", "reader", "reader", "author", "admin"),
                text("fld_user_bio", "bio", 2000, false)), List.of());
        Entity tag = entity("ent_tag", "Tag", "A label posts are grouped by.", List.of(
                str("fld_tag_name", "name", 50, true).withUnique(true).withLength(1, 50),
                str("fld_tag_slug", "slug", 60, true).withUnique(true).withPattern("^[a-z0-9]+(?:-[a-z0-9]+)*$")),
                List.of());
        Entity post = entity("ent_post", "Post", "An article written by an author.", List.of(
                str("fld_post_title", "title", 200, true).withLength(3, 200),
                str("fld_post_slug", "slug", 220, true).withUnique(true).withPattern("^[a-z0-9]+(?:-[a-z0-9]+)*$"),
                text("fld_post_body", "body", 100_000, true),
                enumOf("fld_post_status", "status", "draft", "draft", "published", "archived"),
                typed("fld_post_published", "publishedAt", FieldType.DATETIME, false)), List.of(
                manyToOne("rel_post_author", "author", "ent_user", OnDelete.RESTRICT, true),
                manyToMany("rel_post_tags", "tags", "ent_tag", "post_tags")))
                .withOwnerRelationshipId("rel_post_author");
        Entity comment = entity("ent_comment", "Comment", "A reader's reply to a post.", List.of(
                text("fld_comment_body", "body", 2000, true).withLength(1, 2000)), List.of(
                manyToOne("rel_comment_post", "post", "ent_post", OnDelete.CASCADE, true).withNestedRoute(true),
                manyToOne("rel_comment_author", "author", "ent_user", OnDelete.CASCADE, true)))
                .withOwnerRelationshipId("rel_comment_author");

        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.addAll(crud(user, (kind, e) -> e.withAuthRequired(true).withRoles(
                kind == EndpointKind.GET ? List.of() : List.of("admin"))));
        endpoints.addAll(crud(post, (kind, e) -> switch (kind) {
            case LIST -> e.withAuthRequired(false).withFilterable(List.of("status", "authorId"))
                    .withSortable(List.of("createdAt", "publishedAt", "title"));
            case GET -> e.withAuthRequired(false);
            case CREATE -> e.withRoles(List.of("author", "admin")).withRateLimitClass("write");
            default -> e.withOwnerOnly(true).withOwnerExemptRoles(List.of("admin"));
        }));
        endpoints.addAll(crud(comment, (kind, e) -> switch (kind) {
            case LIST -> e.withAuthRequired(false).withFilterable(List.of("postId", "authorId"))
                    .withSortable(List.of("createdAt"));
            case GET -> e.withAuthRequired(false);
            case CREATE -> e.withRateLimitClass("write");
            default -> e.withOwnerOnly(true).withOwnerExemptRoles(List.of("admin"));
        }));
        endpoints.add(new Endpoint("ent_comment.nested_list", "ent_comment", EndpointKind.LIST,
                dev.stackbench.model.HttpMethod.GET, "/api/posts/{postId}/comments", "List the comments of a post",
                false, List.of(), false, List.of(), null, List.of("authorId"), List.of("createdAt"),
                "rel_comment_post", 0, null));
        endpoints.addAll(crud(tag, (kind, e) -> switch (kind) {
            case LIST -> e.withAuthRequired(false).withSortable(List.of("name"));
            case GET -> e.withAuthRequired(false);
            default -> e.withRoles(List.of("admin"));
        }));
        endpoints.add(new Endpoint("ep_stats", null, EndpointKind.CUSTOM, dev.stackbench.model.HttpMethod.GET,
                "/api/stats", "Site statistics for the front page", false, List.of(), false, List.of(), null,
                List.of(), List.of(), null, 200, "{\"posts\": 42, \"comments\": 318, \"authors\": 7}"));

        AuthConfig auth = AuthConfig.none().withStrategy(AuthStrategy.JWT)
                .withUser("ent_user", "fld_user_email", "fld_user_password", "fld_user_role")
                .withRoles(List.of(new Role("role_reader", "reader", "Reads and comments."),
                        new Role("role_author", "author", "Writes posts."),
                        new Role("role_admin", "admin", "Moderates everything.")))
                .withDefaultRole("reader").withJwt(JwtSettings.defaults());

        Channel activity = new Channel("ch_activity", "activity", Transport.SSE,
                "New and changed posts and comments for live front pages.", List.of("ent_post", "ent_comment"),
                List.of("announcement"), false, false, List.of("admin"), 200, 0);

        List<Feature> features = List.of(
                new Feature("ft_write", "Authors publish posts", "Authors write, tag and publish articles.",
                        Feature.Priority.MUST, List.of("An author can create a draft and publish it",
                        "Only the author or an admin can change a post"), List.of("ent_post", "ent_tag"),
                        List.of("ent_post.create", "ent_post.update")),
                new Feature("ft_read", "Readers browse posts", "Anyone can list and read published posts.",
                        Feature.Priority.MUST, List.of("Posts are listed newest first, 20 per page",
                        "Posts can be filtered by status and author"), List.of("ent_post"),
                        List.of("ent_post.list", "ent_post.get")),
                new Feature("ft_comment", "Readers comment", "Signed-in readers reply under a post.",
                        Feature.Priority.SHOULD, List.of("A signed-in reader can comment on a post",
                        "A comment can be deleted by its author"), List.of("ent_comment", "ent_user"),
                        List.of("ent_comment.create", "ent_comment.nested_list")));

        return Project.blank("Blog")
                .withMeta(new ProjectMeta("Blog", "A multi-author blog with comments and tags.", "0.1.0",
                        "com.example.blog"))
                .withStack(new StackChoices("javalin", StackChoices.DatabaseKind.POSTGRESQL,
                        StackChoices.CacheKind.REDIS, false, true, false, false, false))
                .withFeatures(features)
                .withEntities(List.of(user, tag, post, comment))
                .withEndpoints(endpoints)
                .withAuth(auth)
                .withChannels(List.of(activity))
                .withProduction(production("http://localhost:5173", "https://blog.example.com"))
                .withDecisions(List.of(
                        decision("dec_auth", "auth", "JWT with rotated refresh tokens",
                                "jwt", "A SPA on another origin and a planned mobile app call the API; short-lived "
                                        + "access tokens with rotated refresh tokens keep revocation possible.",
                                "session cookies", "OAuth only"),
                        decision("dec_db", "database", "PostgreSQL", "postgresql",
                                "Relational data (posts, tags, comments) with transactions and joins.", "MongoDB"),
                        decision("dec_rt", "realtime", "SSE for the activity feed", "sse",
                                "Only the server talks; SSE reconnects by itself and passes proxies.", "WebSocket",
                                "polling")));
    }
}
