package dev.stackbench.server.rest;

import dev.stackbench.model.Naming;

/** Message words: {@code blog post} → {@code Blog post}. */
final class Words {
    private Words() {
    }

    static String title(String words) {
        return Naming.capitalize(words == null ? "" : words);
    }
}
