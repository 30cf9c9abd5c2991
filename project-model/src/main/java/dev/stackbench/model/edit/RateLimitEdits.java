package dev.stackbench.model.edit;

import dev.stackbench.model.Ids;
import dev.stackbench.model.Lists;
import dev.stackbench.model.Naming;
import dev.stackbench.model.ProductionSettings;
import dev.stackbench.model.Project;
import dev.stackbench.model.RateLimitClass;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Rate-limit classes are named by endpoints and by the production settings (the global class and the auth
 * routes' class). Renaming or removing one changes every mention together, so nothing is left naming a class
 * that does not exist.
 */
public final class RateLimitEdits {
    private RateLimitEdits() {
    }

    /** Adds a class named {@code limit}, {@code limit2}… (whichever is free): 60 requests a minute per client. */
    public static Project add(Project project) {
        ProductionSettings prod = project.production();
        String name = Naming.free("limit", "", n -> prod.rateLimit(n).isPresent());
        RateLimitClass added = new RateLimitClass(Ids.next("rl"), name, 60, 60, RateLimitClass.Key.CLIENT);
        return project.withProduction(prod.withRateLimits(Lists.plus(prod.rateLimits(), added)));
    }

    /** Changes capacity, window or key of the class with {@code id}; its name stays. */
    public static Project change(Project project, String id, UnaryOperator<RateLimitClass> edit) {
        ProductionSettings prod = project.production();
        return project.withProduction(prod.withRateLimits(prod.rateLimits().stream()
                .map(r -> r.id().equals(id) ? edit.apply(r) : r).toList()));
    }

    /** Renames a class everywhere it is named; a blank or taken name changes nothing. */
    public static Project rename(Project project, String from, String to) {
        String name = to.trim();
        ProductionSettings prod = project.production();
        if (name.isEmpty() || prod.rateLimit(name).isPresent() || prod.rateLimit(from).isEmpty()) {
            return project;
        }
        Project renamed = mentions(project, from, name);
        return renamed.withProduction(renamed.production().withRateLimits(prod.rateLimits().stream()
                .map(r -> r.name().equals(from) ? new RateLimitClass(r.id(), name, r.capacity(), r.windowSeconds(),
                        r.key()) : r).toList()));
    }

    /** Removes a class; endpoints that named it fall back to the global class, as an unnamed endpoint does. */
    public static Project remove(Project project, String name) {
        Project cleared = mentions(project, name, null);
        ProductionSettings prod = cleared.production();
        return cleared.withProduction(prod.withRateLimits(prod.rateLimits().stream()
                .filter(r -> !r.name().equals(name)).toList()));
    }

    /** Every mention of class {@code from} replaced by {@code to} ({@code null}: no class named). */
    private static Project mentions(Project project, String from, String to) {
        ProductionSettings prod = project.production();
        UnaryOperator<String> swap = n -> Objects.equals(n, from) ? to : n;
        return project.withEndpoints(project.endpoints().stream().map(e -> Objects.equals(e.rateLimitClass(), from)
                        ? e.withRateLimitClass(to) : e).toList())
                .withProduction(prod.withRateLimitNames(swap.apply(prod.globalRateLimit()),
                        swap.apply(prod.authRateLimit())));
    }
}
