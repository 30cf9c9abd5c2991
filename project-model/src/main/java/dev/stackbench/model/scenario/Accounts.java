package dev.stackbench.model.scenario;

import dev.stackbench.model.AuthConfig;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.Project;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The users scenarios act as, as data, so every server under test can be given the same ones: the body of a
 * fresh registration (with {@code {unique}} placeholders the runner fills) and the user fields of the seed user
 * of a role (JSON literals by property).
 */
public final class Accounts {
    private Accounts() {
    }

    /** A register body: every required non-sensitive user field, a unique login and a valid password. */
    public static String registerTemplate(Project project) {
        Entity user = project.userEntity().orElseThrow();
        AuthConfig auth = project.auth();
        Map<String, String> body = new LinkedHashMap<>();
        for (Field f : user.fields()) {
            boolean skip = f.sensitive() || f.id().equals(auth.roleFieldId()) || !f.required() && f.pattern() != null;
            if (!skip) {
                body.put(SampleBody.camel(f.name()), SampleBody.value(f, "r"));
            }
        }
        body.put(loginProperty(project), SampleBody.quote("user{unique}@example.com"));
        body.put("password", SampleBody.quote("Registered-pass-1"));
        return json(body);
    }

    /** The user fields of the seed user of {@code role}: login {@code role@example.com}, the role field set. */
    public static Map<String, String> seedUser(Project project, String role) {
        Entity user = project.userEntity().orElseThrow();
        AuthConfig auth = project.auth();
        Map<String, String> fields = new LinkedHashMap<>();
        for (Field f : user.fields()) {
            if (!f.sensitive() && (f.required() || f.id().equals(auth.roleFieldId()))) {
                fields.put(SampleBody.camel(f.name()), SampleBody.value(f, role).replace("{unique}", role));
            }
        }
        fields.put(loginProperty(project), SampleBody.quote(role + "@example.com"));
        user.field(auth.roleFieldId() == null ? "" : auth.roleFieldId())
                .ifPresent(f -> fields.put(SampleBody.camel(f.name()), SampleBody.quote(role)));
        return fields;
    }

    /** The seed password of a role: deterministic and public, like the live backend's. */
    public static String seedPassword(String role) {
        return role + "-password";
    }

    public static String loginProperty(Project project) {
        return project.userEntity().flatMap(u -> u.field(project.auth().loginFieldId()))
                .map(f -> SampleBody.camel(f.name())).orElse("email");
    }

    private static String json(Map<String, String> literals) {
        StringBuilder b = new StringBuilder("{");
        literals.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append(SampleBody.quote(k)).append(':').append(v));
        return b.append('}').toString();
    }
}
