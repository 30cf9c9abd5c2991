package dev.stackbench.server.db;

import dev.stackbench.model.Project;
import dev.stackbench.server.auth.PasswordHasher;
import dev.stackbench.server.auth.SeedUser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The seed users' password hashes, each computed on its own thread as soon as a server starts: Argon2id takes
 * tens of milliseconds and megabytes per hash, so doing them one after another after the schema was the largest
 * part of a start. By the time the seeder needs them, they are usually done.
 */
public final class SeedPasswords {
    private final Map<String, CompletableFuture<String>> hashes;

    private SeedPasswords(Map<String, CompletableFuture<String>> hashes) {
        this.hashes = hashes;
    }

    public static SeedPasswords hashInBackground(Project project, PasswordHasher hasher) {
        Map<String, CompletableFuture<String>> hashes = new LinkedHashMap<>();
        for (SeedUser account : Seeder.seedAccounts(project)) {
            if (account.password() != null) {
                hashes.put(account.password(), CompletableFuture.supplyAsync(() -> hasher.hash(account.password()),
                        SeedPasswords::onOwnThread));
            }
        }
        return new SeedPasswords(hashes);
    }

    String hashOf(String password) {
        return hashes.get(password).join();
    }

    private static void onOwnThread(Runnable work) {
        Thread thread = new Thread(work, "seed-password-hash");
        thread.setDaemon(true);
        thread.start();
    }
}
