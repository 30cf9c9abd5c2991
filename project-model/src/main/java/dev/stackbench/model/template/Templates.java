package dev.stackbench.model.template;

import dev.stackbench.model.Project;
import dev.stackbench.model.io.ModelJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The starter templates shipped as resources ({@code /templates/NAME.stackbench.json}), loadable by name. */
public final class Templates {
    public static final List<String> NAMES = List.of("blog", "chat", "dashboard", "saas", "blank");

    private Templates() {
    }

    public static Project load(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("Unknown template '" + name + "'; choose one of " + NAMES);
        }
        try (InputStream in = Templates.class.getResourceAsStream("/templates/" + name + ".stackbench.json")) {
            if (in == null) {
                throw new IllegalStateException("Template resource missing: " + name);
            }
            return ModelJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Template " + name + " could not be read", e);
        }
    }
}
