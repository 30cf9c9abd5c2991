package dev.stackbench.model.template;

import dev.stackbench.model.AuthConfig;
import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Channel;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Feature;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.HttpMethod;
import dev.stackbench.model.OnDelete;
import dev.stackbench.model.Project;
import dev.stackbench.model.ProjectMeta;
import dev.stackbench.model.SessionSettings;
import dev.stackbench.model.StackChoices;
import dev.stackbench.model.Transport;

import java.util.ArrayList;
import java.util.List;

import static dev.stackbench.model.template.TemplateKit.*;

/**
 * Team chat: users, rooms, memberships (who is in which room) and messages; a WebSocket channel that carries
 * new messages and typing indicators both ways; cookie sessions with roles member, moderator and admin.
 */
final class ChatTemplate {
    private static final String SLUG = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

    private ChatTemplate() {
    }

    static Project build() {
        Entity user = entity("ent_user", "User", "A person who chats.", List.of(
                email("fld_user_email"),
                password("fld_user_password"),
                str("fld_user_name", "displayName", 50, true).withLength(2, 50),
                enumOf("fld_user_role", "role", "member", "member", "moderator", "admin"),
                str("fld_user_avatar", "avatarUrl", 500, false).withPattern("^https://\\S+$")), List.of());
        Entity room = entity("ent_room", "Room", "A conversation people join, public or private.", List.of(
                str("fld_room_name", "name", 80, true).withLength(1, 80),
                str("fld_room_slug", "slug", 80, true).withUnique(true).withPattern(SLUG),
                str("fld_room_topic", "topic", 250, false),
                enumOf("fld_room_visibility", "visibility", "public", "public", "private"),
                flag("fld_room_archived", "archived", false)), List.of(
                manyToOne("rel_room_owner", "owner", "ent_user", OnDelete.RESTRICT, true)))
                .withOwnerRelationshipId("rel_room_owner");
        Entity membership = entity("ent_membership", "Membership",
                "A user's place in a room; joining creates one, leaving deletes it.", List.of(
                enumOf("fld_membership_notify", "notifications", "all", "all", "mentions", "none"),
                typed("fld_membership_read", "lastReadAt", FieldType.DATETIME, false)), List.of(
                manyToOne("rel_membership_room", "room", "ent_room", OnDelete.CASCADE, true).withNestedRoute(true),
                manyToOne("rel_membership_user", "user", "ent_user", OnDelete.CASCADE, true)))
                .withIndexes(List.of(uniquePair("idx_membership_room_user", "membership_room_user",
                        "rel_membership_room", "rel_membership_user")))
                .withOwnerRelationshipId("rel_membership_user");
        Entity message = entity("ent_message", "Message", "What someone said in a room.", List.of(
                text("fld_message_body", "body", 4000, true).withLength(1, 4000),
                typed("fld_message_edited", "editedAt", FieldType.DATETIME, false)), List.of(
                manyToOne("rel_message_room", "room", "ent_room", OnDelete.CASCADE, true).withNestedRoute(true),
                manyToOne("rel_message_author", "author", "ent_user", OnDelete.CASCADE, true)))
                .withOwnerRelationshipId("rel_message_author");

        return Project.blank("Team chat")
                .withMeta(new ProjectMeta("Team chat", "Rooms, members and real-time messages with typing "
                        + "indicators.", "0.1.0", "com.example.chat"))
                .withStack(new StackChoices("javalin", StackChoices.DatabaseKind.POSTGRESQL,
                        StackChoices.CacheKind.REDIS, true, false, false, true, false))
                .withFeatures(features())
                .withEntities(List.of(user, room, membership, message))
                .withEndpoints(endpoints(user, room, membership, message))
                .withAuth(auth())
                .withChannels(List.of(new Channel("ch_chat", "chat", Transport.WEBSOCKET,
                        "New, edited and deleted messages plus typing and read receipts, to and from room members.",
                        List.of("ent_message"), List.of("typing", "read"), true, true, List.of(), 0, 8192)))
                .withProduction(production("http://localhost:5173", "https://chat.example.com"))
                .withDecisions(decisions());
    }

    private static List<Endpoint> endpoints(Entity user, Entity room, Entity membership, Entity message) {
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.addAll(signedInCrud(user, (kind, e) -> switch (kind) {
            case LIST -> e.withFilterable(List.of("role")).withSortable(List.of("displayName", "createdAt"));
            case GET -> e;
            default -> e.withRoles(List.of("admin"));
        }));
        endpoints.addAll(signedInCrud(room, (kind, e) -> switch (kind) {
            case LIST -> e.withFilterable(List.of("visibility", "archived", "ownerId"))
                    .withSortable(List.of("name", "createdAt"));
            case GET -> e;
            case CREATE -> e.withRateLimitClass("write");
            case DELETE -> e.withOwnerOnly(true).withOwnerExemptRoles(List.of("admin"));
            default -> e.withOwnerOnly(true).withOwnerExemptRoles(List.of("moderator", "admin"));
        }));
        endpoints.addAll(signedInCrud(membership, (kind, e) -> switch (kind) {
            case LIST -> e.withFilterable(List.of("roomId", "userId")).withSortable(List.of("createdAt"));
            case GET -> e;
            case CREATE -> e.withRateLimitClass("write");
            case DELETE -> e.withOwnerOnly(true).withOwnerExemptRoles(List.of("moderator", "admin"));
            default -> e.withOwnerOnly(true);
        }));
        endpoints.add(nestedList(membership, room, "rel_membership_room", "List the members of a room")
                .withFilterable(List.of("userId")));
        endpoints.addAll(signedInCrud(message, (kind, e) -> switch (kind) {
            case LIST -> e.withFilterable(List.of("roomId", "authorId")).withSortable(List.of("createdAt"));
            case GET -> e;
            case CREATE -> e.withRateLimitClass("write");
            case DELETE -> e.withOwnerOnly(true).withOwnerExemptRoles(List.of("moderator", "admin"));
            default -> e.withOwnerOnly(true);
        }));
        endpoints.add(nestedList(message, room, "rel_message_room", "List the messages of a room, newest first")
                .withFilterable(List.of("authorId")));
        endpoints.add(custom("ep_presence", HttpMethod.GET, "/api/rooms/{roomId}/presences",
                "Who is connected to a room right now", true,
                "[{\"userId\": 1, \"displayName\": \"Ada\", \"typing\": false}, "
                        + "{\"userId\": 2, \"displayName\": \"Grace\", \"typing\": true}]"));
        return endpoints;
    }

    private static AuthConfig auth() {
        return AuthConfig.none().withStrategy(AuthStrategy.SESSION)
                .withUser("ent_user", "fld_user_email", "fld_user_password", "fld_user_role")
                .withRoles(List.of(role("member", "Joins rooms and chats."),
                        role("moderator", "Keeps rooms civil: edits rooms, removes messages and members."),
                        role("admin", "Manages users and everything else.")))
                .withDefaultRole("member")
                .withSession(new SessionSettings("chat_session", "Lax", 120, 168));
    }

    private static List<Feature> features() {
        return List.of(
                new Feature("ft_rooms", "Members create and join rooms",
                        "Anyone signed in opens a room for a topic; others join it.", Feature.Priority.MUST,
                        List.of("A member can create a room and becomes its owner",
                                "A member can join a room once; joining the same room twice is refused",
                                "Only the room's owner, a moderator or an admin can rename or archive it"),
                        List.of("ent_room", "ent_membership"),
                        List.of("ent_room.create", "ent_room.patch", "ent_membership.create",
                                "ent_membership.nested_list")),
                new Feature("ft_messages", "Real-time messages",
                        "Messages reach everyone in the room at once and stay in the room's history.",
                        Feature.Priority.MUST,
                        List.of("A message posted to a room reaches every connected member within a second",
                                "A room's history lists newest first, 20 per page",
                                "Only the author edits a message; the author, a moderator or an admin deletes it"),
                        List.of("ent_message"),
                        List.of("ent_message.create", "ent_message.nested_list", "ent_message.patch",
                                "ent_message.delete")),
                new Feature("ft_typing", "Typing indicators and presence",
                        "Members see who is online and who is typing.", Feature.Priority.SHOULD,
                        List.of("While a member types, the others in the room see it within a second",
                                "A client without a session cannot open the chat socket"),
                        List.of("ent_membership"), List.of("ep_presence")),
                new Feature("ft_moderation", "Moderation",
                        "Moderators keep rooms civil; admins manage accounts.", Feature.Priority.SHOULD,
                        List.of("A moderator can delete any message and remove a member from a room",
                                "Only an admin can change a user's role"),
                        List.of("ent_user", "ent_message"),
                        List.of("ent_message.delete", "ent_membership.delete", "ent_user.patch")));
    }

    private static List<dev.stackbench.model.Decision> decisions() {
        return List.of(
                decision("dec_auth", "auth", "Cookie sessions", "session",
                        "The web client is served from the API's own site, and removing someone from the team "
                                + "must end their access at once: a server-side session is revocable and needs "
                                + "no token handling in the browser.", "jwt", "oauth"),
                decision("dec_rt", "realtime", "WebSocket for the chat channel", "websocket",
                        "Both sides talk: clients send typing and read events many times a minute and receive "
                                + "messages. One socket per client carries both; SSE would need a POST per "
                                + "keystroke.", "sse", "polling"),
                decision("dec_write", "structure", "Messages are written over REST, delivered over the socket",
                        "rest-write-socket-fanout",
                        "POST /api/messages validates, rate-limits and stores the message before it is "
                                + "broadcast, so a reconnecting client can always reload the history; only "
                                + "ephemeral events (typing, read) travel on the socket alone.",
                        "send messages over the socket"),
                decision("dec_db", "database", "PostgreSQL, Redis for fan-out", "postgresql",
                        "Rooms, members and messages are relational and read by room and time; Redis pub/sub "
                                + "fans messages out when more than one server instance runs.",
                        "MongoDB", "a single instance without Redis"));
    }
}
