package dev.stackbench.model;

/**
 * The technology choices and the answers to the deciding questions the UI asks
 * (same-site front end, mobile or third-party clients, external login, instant revocation).
 */
public record StackChoices(
        String target,
        DatabaseKind database,
        CacheKind cache,
        boolean sameSiteFrontend,
        boolean mobileOrThirdPartyClients,
        boolean externalLogin,
        boolean instantRevocation,
        boolean serverRendered) {

    public StackChoices {
        target = target == null || target.isBlank() ? "javalin" : target;
        database = database == null ? DatabaseKind.POSTGRESQL : database;
        cache = cache == null ? CacheKind.REDIS : cache;
    }

    public static StackChoices defaults() {
        return new StackChoices("javalin", DatabaseKind.POSTGRESQL, CacheKind.REDIS, false, false, false, false, false);
    }

    public StackChoices withDatabase(DatabaseKind v) { return new StackChoices(target, v, cache, sameSiteFrontend, mobileOrThirdPartyClients, externalLogin, instantRevocation, serverRendered); }
    public StackChoices withSameSiteFrontend(boolean v) { return new StackChoices(target, database, cache, v, mobileOrThirdPartyClients, externalLogin, instantRevocation, serverRendered); }
    public StackChoices withMobileOrThirdPartyClients(boolean v) { return new StackChoices(target, database, cache, sameSiteFrontend, v, externalLogin, instantRevocation, serverRendered); }
    public StackChoices withExternalLogin(boolean v) { return new StackChoices(target, database, cache, sameSiteFrontend, mobileOrThirdPartyClients, v, instantRevocation, serverRendered); }
    public StackChoices withInstantRevocation(boolean v) { return new StackChoices(target, database, cache, sameSiteFrontend, mobileOrThirdPartyClients, externalLogin, v, serverRendered); }

    public enum DatabaseKind { POSTGRESQL, MYSQL, H2 }

    public enum CacheKind { NONE, REDIS }
}
