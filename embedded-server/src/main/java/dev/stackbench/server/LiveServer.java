package dev.stackbench.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.stackbench.model.AuthConfig;
import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Project;
import dev.stackbench.model.plan.PlanBuilder;
import dev.stackbench.model.plan.RelationalPlan;
import dev.stackbench.model.plan.SchemaChange;
import dev.stackbench.server.auth.Caller;
import dev.stackbench.server.auth.CredentialService;
import dev.stackbench.server.auth.LoginHeader;
import dev.stackbench.server.auth.PasswordHasher;
import dev.stackbench.server.auth.SeedUser;
import dev.stackbench.server.db.Database;
import dev.stackbench.server.db.Fingerprint;
import dev.stackbench.server.db.SchemaMigrator;
import dev.stackbench.server.db.SeedPasswords;
import dev.stackbench.server.db.Seeder;
import dev.stackbench.server.db.StoredModel;
import dev.stackbench.server.events.CurrentModel;
import dev.stackbench.server.events.EntityEvents;
import dev.stackbench.server.http.HostParts;
import dev.stackbench.server.http.HttpAuthenticator;
import dev.stackbench.server.http.JavalinHost;
import dev.stackbench.server.http.RouteModule;
import dev.stackbench.server.http.ServerServices;
import dev.stackbench.server.ops.ServerMetrics;
import dev.stackbench.server.ops.TrafficRecorder;
import dev.stackbench.server.rest.ApiHandler;
import dev.stackbench.server.rest.RestApi;
import dev.stackbench.server.rest.RestContext;
import dev.stackbench.server.rest.SqlUserDirectory;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * A running backend generated from a {@link Project}: H2 schema and seed data from the relational plan, the REST
 * API of the wire contract, auth, ops endpoints and the plugged-in route modules (realtime, OAuth), served on
 * 127.0.0.1. {@link #update(Project)} hot-swaps the model without restarting Jetty.
 */
public final class LiveServer implements AutoCloseable {
    private final Database database;
    private final CurrentModel model;
    private final JavalinHost host;
    private final List<RouteModule> modules;
    private final RestContext rest;
    private final TrafficRecorder traffic;
    private final ServerMetrics metrics;
    private final List<SeedUser> seedUsers;
    private final CredentialService credentials;
    private final SqlUserDirectory users;
    private volatile RelationalPlan plan;
    private volatile ApiHandler api;
    private volatile boolean running = true;

    private LiveServer(Project project, LiveServerOptions options) throws SQLException {
        PasswordHasher hasher = new PasswordHasher();
        SeedPasswords seedPasswords = SeedPasswords.hashInBackground(project, hasher);
        this.model = new CurrentModel(project);
        this.plan = PlanBuilder.build(project);
        this.database = Database.open(options.databaseFile());
        this.traffic = new TrafficRecorder(500);
        this.metrics = new ServerMetrics();
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        List<SeedUser> seedUsers = prepareDatabase(project, seedPasswords);
        this.credentials = new CredentialService(project.auth());
        HttpAuthenticator authenticator = new HttpAuthenticator(() -> credentials);
        EntityEvents events = new EntityEvents();
        this.rest = new RestContext(database, credentials, hasher, events, json, false,
                new dev.stackbench.server.ops.RateLimiter(), options.rateLimitsOff());
        this.users = new SqlUserDirectory(rest, model);
        this.api = RestApi.build(project, plan, rest);
        this.modules = new ArrayList<>(options.modules());
        ServiceLoader.load(RouteModule.class).forEach(modules::add);
        HostParts parts = new HostParts(() -> api, () -> model.get().production(), authenticator, metrics, traffic,
                json, () -> running && database.ping(), options.rateLimitsOff());
        this.seedUsers = seedUsers;
        ServerServices services = new ServerServices(model, authenticator, events, credentials, users, metrics,
                traffic, json, seedUsers, false, this::port);
        this.host = new JavalinHost(options.port(), parts, modules, services);
        try {
            host.start();
        } catch (RuntimeException e) {
            database.close();
            throw new IllegalStateException("Port " + options.port() + " is already in use or cannot be bound", e);
        }
    }

    private List<SeedUser> prepareDatabase(Project project, SeedPasswords seedPasswords) throws SQLException {
        return database.exclusive(admin -> {
            RelationalPlan stored = StoredModel.plan(admin);
            if (stored == null) {
                SchemaMigrator.create(admin, plan);
            } else {
                SchemaMigrator.migrate(admin, stored, plan);
            }
            StoredModel.save(admin, project);
            return Seeder.seed(admin, project, plan, seedPasswords, stored == null);
        });
    }

    /**
     * Starts a server for {@code project}. Port 0 picks a free port; a port in use throws
     * {@link IllegalStateException} with a message naming it.
     */
    public static LiveServer start(Project project, LiveServerOptions options) {
        try {
            return new LiveServer(project, options);
        } catch (SQLException e) {
            throw new IllegalStateException("The live database could not be prepared: " + e.getMessage(), e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return host.port();
    }

    /** One user per role, with the password to log in with. */
    public List<SeedUser> seedUsers() {
        return seedUsers;
    }

    /**
     * One-click login as a seed user (the playground's "log in as"): a fresh access token, or a new session
     * when the model uses sessions (OAuth models: what {@code oauth.issueAs} says).
     */
    public LoginHeader loginAs(SeedUser user) {
        Caller caller = users.byId(user.id()).orElseThrow(() -> new IllegalArgumentException(
                "No user " + user.login() + " in the live database"));
        AuthConfig auth = model.get().auth();
        AuthStrategy strategy = auth.strategy() == AuthStrategy.OAUTH ? auth.oauth().issueAs() : auth.strategy();
        if (strategy == AuthStrategy.JWT) {
            return new LoginHeader("Authorization", "Bearer " + credentials.issueTokens(caller).accessToken());
        }
        return new LoginHeader("Cookie", credentials.cookieName() + "=" + credentials.openSession(caller));
    }

    /**
     * Row count and a SHA-256 over every row of every table (ordered by key), for diagnostics and for tests that
     * prove a barrage of bad requests changed nothing.
     */
    public Map<String, String> contentFingerprint() {
        try {
            return database.transaction(c -> Fingerprint.of(c, plan));
        } catch (SQLException e) {
            throw new IllegalStateException("fingerprint failed: " + e.getMessage(), e);
        }
    }

    public TrafficRecorder traffic() {
        return traffic;
    }

    public ServerMetrics metrics() {
        return metrics;
    }

    public Project project() {
        return model.get();
    }

    /**
     * Hot reload: migrates the schema in place (rows whose columns survive are kept), swaps the routes, then tells
     * route modules. Requests wait while the schema changes and then run on the new model.
     */
    public synchronized ReloadReport update(Project next) {
        long start = System.nanoTime();
        RelationalPlan nextPlan = PlanBuilder.build(next);
        List<SchemaChange> changes;
        try {
            changes = database.exclusive(admin -> {
                List<SchemaChange> applied = SchemaMigrator.migrate(admin, plan, nextPlan);
                StoredModel.save(admin, next);
                Seeder.seedNewTables(admin, next, nextPlan, applied);
                return applied;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("The schema could not be migrated: " + e.getMessage(), e);
        }
        ApiHandler previous = api;
        api = RestApi.build(next, nextPlan, rest);
        plan = nextPlan;
        model.set(next);
        List<String> before = ((RestApi) previous).routeNames();
        List<String> after = ((RestApi) api).routeNames();
        return new ReloadReport(changes, after.stream().filter(r -> !before.contains(r)).toList(),
                before.stream().filter(r -> !after.contains(r)).toList(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Graceful stop: modules close their streams, Jetty finishes in-flight requests, the database closes. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        modules.forEach(RouteModule::stop);
        host.stop();
        try {
            database.close();
        } catch (SQLException e) {
            org.slf4j.LoggerFactory.getLogger(LiveServer.class).warn("database close failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        stop();
    }
}
