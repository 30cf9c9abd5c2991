package dev.stackbench.model.advisor;

import dev.stackbench.model.advisor.rules.StandardRules;

import java.util.List;

/** Every rule the standard advisor runs. */
final class Rules {
    private Rules() {
    }

    static List<Rule> all() {
        return StandardRules.all();
    }
}
