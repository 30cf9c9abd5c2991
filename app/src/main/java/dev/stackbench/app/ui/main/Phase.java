package dev.stackbench.app.ui.main;

import dev.stackbench.model.Entity;
import dev.stackbench.model.Project;

import java.util.ArrayList;
import java.util.List;

/** The four phases and their pages: what the navigator tree lists. */
enum Phase {
    REQUIREMENTS("Requirements"), ARCHITECTURE("Architecture"), IMPLEMENTATION("Implementation"),
    PRODUCTION("Production");

    final String title;

    Phase(String title) {
        this.title = title;
    }

    /** The page keys of this phase, in navigator order; entity pages are {@code entity:ID}. */
    List<PageKey> pages(Project project) {
        List<PageKey> pages = new ArrayList<>();
        switch (this) {
            case REQUIREMENTS -> pages.add(new PageKey("requirements", "Features and stack", 0));
            case ARCHITECTURE -> {
                pages.add(new PageKey("diagram", "Entity diagram", 0));
                for (Entity e : project.entities()) {
                    pages.add(new PageKey("entity:" + e.id(), e.name(), 1));
                }
                pages.add(new PageKey("auth", "Auth", 0));
                pages.add(new PageKey("realtime", "Realtime", 0));
            }
            case IMPLEMENTATION -> pages.add(new PageKey("endpoints", "Endpoints", 0));
            case PRODUCTION -> {
                pages.add(new PageKey("checklist", "Production checklist", 0));
                pages.add(new PageKey("production", "Production settings", 0));
            }
        }
        return pages;
    }

    /** The phase that holds a page. */
    static Phase of(String pageKey) {
        return switch (pageKey.contains(":") ? pageKey.substring(0, pageKey.indexOf(':')) : pageKey) {
            case "requirements" -> REQUIREMENTS;
            case "endpoints" -> IMPLEMENTATION;
            case "checklist", "production" -> PRODUCTION;
            default -> ARCHITECTURE;
        };
    }

    /** A navigator entry: its key, label and indent (entities sit under the diagram). */
    record PageKey(String key, String label, int depth) {
        @Override
        public String toString() {
            return (depth > 0 ? "    " : "") + label;
        }
    }
}
