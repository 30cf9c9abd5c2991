package dev.stackbench.app.ui;

import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Channel;
import dev.stackbench.model.Project;
import dev.stackbench.model.Transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A starter template as the start screen lists it: its name, what it is for and what it holds. */
record TemplateCard(String name, String title, String description, String summary) {
    private static final java.util.Map<String, String> TITLES = java.util.Map.of("blog", "Blog", "chat", "Team chat",
            "dashboard", "Live dashboard", "saas", "SaaS with OAuth", "blank", "Blank");

    /** Before the template is read: only its name. */
    static TemplateCard named(String name) {
        return new TemplateCard(name, title(name), "", "");
    }

    static TemplateCard of(String name, Project template) {
        if (template.entities().isEmpty()) {
            return new TemplateCard(name, title(name), "An empty model: add entities on the diagram.", "");
        }
        List<String> facts = new ArrayList<>();
        facts.add(template.entities().size() + " entities, " + template.endpoints().size() + " endpoints");
        if (template.auth().strategy() != AuthStrategy.NONE) {
            facts.add(template.auth().strategy().name().toLowerCase(Locale.ROOT).replace("jwt", "JWT")
                    .replace("oauth", "OAuth") + " auth");
        }
        for (Transport transport : Transport.values()) {
            long channels = template.channels().stream().map(Channel::transport).filter(transport::equals).count();
            if (channels > 0) {
                facts.add(channels + (transport == Transport.SSE ? " SSE" : " WebSocket") + " channel"
                        + (channels > 1 ? "s" : ""));
            }
        }
        return new TemplateCard(name, title(name), template.meta().description(), String.join(" · ", facts));
    }

    private static String title(String name) {
        return TITLES.getOrDefault(name, name);
    }
}
