package dev.stackbench.model;

import java.util.List;

/**
 * The default CRUD set of an entity: list, get, create, update (PUT), patch and delete under its resource path.
 * Ids are derived from the entity id ({@code ent_x.list}) so deriving twice gives the same endpoints.
 */
public final class EndpointDefaults {
    private EndpointDefaults() {
    }

    public static List<Endpoint> crud(Entity entity, boolean authRequired) {
        String base = Naming.resourcePath(entity);
        String item = base + "/{id}";
        return List.of(
                endpoint(entity, EndpointKind.LIST, HttpMethod.GET, base, "List " + plural(entity), false),
                endpoint(entity, EndpointKind.GET, HttpMethod.GET, item, "Get one " + singular(entity), false),
                endpoint(entity, EndpointKind.CREATE, HttpMethod.POST, base, "Create " + withArticle(entity),
                        authRequired),
                endpoint(entity, EndpointKind.UPDATE, HttpMethod.PUT, item, "Replace " + withArticle(entity),
                        authRequired),
                endpoint(entity, EndpointKind.PATCH, HttpMethod.PATCH, item, "Change fields of " + withArticle(entity),
                        authRequired),
                endpoint(entity, EndpointKind.DELETE, HttpMethod.DELETE, item, "Delete " + withArticle(entity),
                        authRequired));
    }

    public static String idFor(Entity entity, EndpointKind kind) {
        return entity.id() + "." + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static Endpoint endpoint(Entity entity, EndpointKind kind, HttpMethod method, String path,
                                     String summary, boolean auth) {
        List<String> sortable = kind == EndpointKind.LIST && entity.hasTimestamps() ? List.of("createdAt")
                : List.of();
        return new Endpoint(idFor(entity, kind), entity.id(), kind, method, path, summary, auth, List.of(),
                false, List.of(), null, List.of(), sortable, null, 0, null);
    }

    /** "a post", "an alert", "a user": "an" before a vowel, except a "u" sounded "you" (user, unit). */
    private static String withArticle(Entity entity) {
        String words = singular(entity);
        boolean vowel = !words.isEmpty() && isVowel(words.charAt(0));
        boolean you = words.length() > 2 && words.charAt(0) == 'u' && !isVowel(words.charAt(1))
                && isVowel(words.charAt(2));
        return (vowel && !you ? "an " : "a ") + words;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static String singular(Entity entity) {
        return String.join(" ", Naming.words(entity.name()));
    }

    private static String plural(Entity entity) {
        return Naming.resourceName(entity).replace('-', ' ');
    }
}
