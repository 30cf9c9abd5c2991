package dev.stackbench.model.template;

import dev.stackbench.model.AuthConfig;
import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Decision;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Feature;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.HttpMethod;
import dev.stackbench.model.OAuthSettings;
import dev.stackbench.model.OnDelete;
import dev.stackbench.model.Project;
import dev.stackbench.model.ProjectMeta;
import dev.stackbench.model.SessionSettings;
import dev.stackbench.model.StackChoices;

import java.util.ArrayList;
import java.util.List;

import static dev.stackbench.model.template.TemplateKit.*;

/**
 * Multi-tenant SaaS: organisations, their members (a user in an organisation, with a role), projects and
 * invoices in exact money; sign-in with an OAuth provider (authorization code + PKCE) that opens a session;
 * roles member, owner, billing and admin.
 */
final class SaasTemplate {
    private static final String SLUG = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
    private static final List<String> MANAGERS = List.of("owner", "admin");
    private static final List<String> BILLING = List.of("billing", "owner", "admin");

    private SaasTemplate() {
    }

    static Project build() {
        List<Entity> entities = entities();
        return Project.blank("SaaS")
                .withMeta(new ProjectMeta("SaaS", "Organisations with members, projects and invoices; sign-in "
                        + "through an OAuth provider.", "0.1.0", "com.example.saas"))
                .withStack(new StackChoices("javalin", StackChoices.DatabaseKind.POSTGRESQL,
                        StackChoices.CacheKind.REDIS, true, false, true, true, false))
                .withFeatures(features())
                .withEntities(entities)
                .withEndpoints(endpoints(entities))
                .withAuth(auth())
                .withProduction(production("http://localhost:5173", "https://app.example.com"))
                .withDecisions(decisions());
    }

    private static List<Entity> entities() {
        Entity user = entity("ent_user", "User", "A person; signs in through the OAuth provider, so has no "
                + "password here.", List.of(
                email("fld_user_email"),
                str("fld_user_name", "displayName", 80, true).withLength(1, 80),
                enumOf("fld_user_role", "role", "member", "member", "owner", "billing", "admin"),
                str("fld_user_avatar", "avatarUrl", 500, false).withPattern("^https://\\S+$")), List.of());
        Entity organisation = entity("ent_organisation", "Organisation", "A customer account: the tenant.",
                List.of(str("fld_org_name", "name", 120, true).withLength(2, 120),
                        str("fld_org_slug", "slug", 60, true).withUnique(true).withPattern(SLUG),
                        enumOf("fld_org_plan", "plan", "free", "free", "team", "enterprise"),
                        email("fld_org_billing_email").withName("billingEmail").withUnique(false)
                                .withRequired(false)), List.of(
                manyToOne("rel_org_owner", "owner", "ent_user", OnDelete.RESTRICT, true)))
                .withOwnerRelationshipId("rel_org_owner");
        Entity member = entity("ent_member", "Member", "A user's seat in an organisation, with that "
                + "organisation's role.", List.of(
                enumOf("fld_member_role", "role", "member", "member", "owner", "billing", "admin")), List.of(
                manyToOne("rel_member_org", "organisation", "ent_organisation", OnDelete.CASCADE, true)
                        .withNestedRoute(true),
                manyToOne("rel_member_user", "user", "ent_user", OnDelete.CASCADE, true)))
                .withIndexes(List.of(uniquePair("idx_member_org_user", "member_organisation_user",
                        "rel_member_org", "rel_member_user")));
        Entity project = entity("ent_project", "Project", "Work an organisation tracks.", List.of(
                str("fld_project_name", "name", 120, true).withLength(1, 120),
                text("fld_project_description", "description", 5000, false),
                enumOf("fld_project_status", "status", "active", "active", "archived")), List.of(
                manyToOne("rel_project_org", "organisation", "ent_organisation", OnDelete.CASCADE, true)
                        .withNestedRoute(true),
                manyToOne("rel_project_owner", "owner", "ent_user", OnDelete.RESTRICT, true)))
                .withOwnerRelationshipId("rel_project_owner");
        Entity invoice = entity("ent_invoice", "Invoice", "What an organisation owes for a period; kept "
                + "even if the organisation leaves.", List.of(
                str("fld_invoice_number", "number", 16, true).withUnique(true).withPattern("^INV-[0-9]{4}-[0-9]{5}$"),
                money("fld_invoice_amount", "amount", 12, true),
                money("fld_invoice_tax", "taxAmount", 12, true).withDefaultValue("0.00"),
                str("fld_invoice_currency", "currency", 3, true).withPattern("^[A-Z]{3}$").withDefaultValue("EUR"),
                enumOf("fld_invoice_status", "status", "draft", "draft", "open", "paid", "void", "uncollectible"),
                typed("fld_invoice_issued", "issuedOn", FieldType.DATE, false),
                typed("fld_invoice_due", "dueOn", FieldType.DATE, false),
                typed("fld_invoice_paid", "paidAt", FieldType.DATETIME, false)), List.of(
                manyToOne("rel_invoice_org", "organisation", "ent_organisation", OnDelete.RESTRICT, true)
                        .withNestedRoute(true)));
        return List.of(user, organisation, member, project, invoice);
    }

    private static List<Endpoint> endpoints(List<Entity> entities) {
        Entity user = entities.get(0);
        Entity organisation = entities.get(1);
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.addAll(signedInCrud(user, (kind, e) -> switch (kind) {
            case LIST -> e.withRoles(List.of("admin")).withFilterable(List.of("role"))
                    .withSortable(List.of("displayName", "createdAt"));
            case GET -> e;
            default -> e.withRoles(List.of("admin"));
        }));
        endpoints.addAll(signedInCrud(organisation, (kind, e) -> switch (kind) {
            case LIST -> e.withFilterable(List.of("plan", "ownerId")).withSortable(List.of("name", "createdAt"));
            case GET -> e;
            case CREATE -> e.withRateLimitClass("write");
            default -> e.withOwnerOnly(true).withOwnerExemptRoles(List.of("admin"));
        }));
        endpoints.addAll(signedInCrud(entities.get(2), (kind, e) -> switch (kind) {
            case LIST -> e.withFilterable(List.of("organisationId", "userId", "role"))
                    .withSortable(List.of("createdAt"));
            case GET -> e;
            default -> e.withRoles(MANAGERS);
        }));
        endpoints.add(nestedList(entities.get(2), organisation, "rel_member_org",
                "The members of an organisation").withFilterable(List.of("role")));
        endpoints.addAll(signedInCrud(entities.get(3), (kind, e) -> switch (kind) {
            case LIST -> e.withFilterable(List.of("organisationId", "status", "ownerId"))
                    .withSortable(List.of("name", "createdAt", "updatedAt"));
            case GET -> e;
            case CREATE -> e.withRoles(List.of("member", "owner", "admin")).withRateLimitClass("write");
            default -> e.withOwnerOnly(true).withOwnerExemptRoles(MANAGERS);
        }));
        endpoints.add(nestedList(entities.get(3), organisation, "rel_project_org",
                "The projects of an organisation").withFilterable(List.of("status")));
        endpoints.addAll(signedInCrud(entities.get(4), (kind, e) -> switch (kind) {
            case LIST -> e.withRoles(BILLING).withFilterable(List.of("organisationId", "status", "currency"))
                    .withSortable(List.of("issuedOn", "dueOn", "amount", "createdAt"));
            case GET -> e.withRoles(BILLING);
            case DELETE -> e.withRoles(List.of("admin"));
            default -> e.withRoles(List.of("billing", "admin"));
        }));
        endpoints.add(nestedList(entities.get(4), organisation, "rel_invoice_org",
                "The invoices of an organisation").withRoles(BILLING).withFilterable(List.of("status"))
                .withSortable(List.of("issuedOn", "dueOn")));
        endpoints.add(custom("ep_plans", HttpMethod.GET, "/api/plans", "The plans and prices for the pricing page",
                false, "[{\"plan\": \"free\", \"seats\": 3, \"monthly\": 0}, "
                        + "{\"plan\": \"team\", \"seats\": 25, \"monthly\": 49.00}, "
                        + "{\"plan\": \"enterprise\", \"seats\": null, \"monthly\": null}]"));
        return endpoints;
    }

    private static AuthConfig auth() {
        return AuthConfig.none().withStrategy(AuthStrategy.OAUTH)
                .withUser("ent_user", "fld_user_email", null, "fld_user_role")
                .withRoles(List.of(role("member", "Works on the projects of their organisations."),
                        role("owner", "Runs an organisation: members, projects, settings."),
                        role("billing", "Sees and manages invoices."),
                        role("admin", "Operates the service for every organisation.")))
                .withDefaultRole("member")
                .withSession(new SessionSettings("saas_session", "Lax", 60, 12))
                .withOauth(new OAuthSettings("google", "https://accounts.google.com/o/oauth2/v2/auth",
                        "https://oauth2.googleapis.com/token", "https://openidconnect.googleapis.com/v1/userinfo",
                        "saas-web", List.of("openid", "profile", "email"),
                        List.of("http://localhost:5173/callback", "https://app.example.com/callback"),
                        AuthStrategy.SESSION));
    }

    private static List<Feature> features() {
        return List.of(
                new Feature("ft_signin", "Sign in with Google",
                        "People use the account their company already has; we store no passwords.",
                        Feature.Priority.MUST,
                        List.of("A first-time user signs in with Google and gets an account with the member role",
                                "The provider may only send users back to the registered callback addresses",
                                "Signing out ends the session at once"),
                        List.of("ent_user"), List.of("ent_user.get")),
                new Feature("ft_orgs", "Organisations and their members",
                        "A customer account with the people in it.", Feature.Priority.MUST,
                        List.of("A user creates an organisation and becomes its owner",
                                "An owner adds a user; the same user cannot be a member twice",
                                "Only owners and admins add, change or remove members"),
                        List.of("ent_organisation", "ent_member"),
                        List.of("ent_organisation.create", "ent_member.create", "ent_member.nested_list",
                                "ent_member.delete")),
                new Feature("ft_projects", "Projects per organisation",
                        "Members keep their work in projects of their organisation.", Feature.Priority.MUST,
                        List.of("A member creates a project in an organisation and owns it",
                                "Only the project's owner, an organisation owner or an admin changes it",
                                "An organisation's projects can be filtered by status"),
                        List.of("ent_project"),
                        List.of("ent_project.create", "ent_project.patch", "ent_project.nested_list")),
                new Feature("ft_billing", "Invoices",
                        "Billing staff see what each organisation owes and record payments.",
                        Feature.Priority.SHOULD,
                        List.of("Billing, owners and admins list an organisation's invoices; members get 403",
                                "Amounts are exact to the cent in the invoice's currency",
                                "Only admins delete an invoice; billing staff void it instead"),
                        List.of("ent_invoice"),
                        List.of("ent_invoice.nested_list", "ent_invoice.create", "ent_invoice.patch")),
                new Feature("ft_pricing", "Public pricing", "Visitors compare plans before signing up.",
                        Feature.Priority.COULD, List.of("The pricing page lists every plan without signing in"),
                        List.of(), List.of("ep_plans")));
    }

    private static List<Decision> decisions() {
        return List.of(
                decision("dec_auth", "auth", "OAuth sign-in that opens a session", "oauth",
                        "Customers already have company Google accounts, so we hold no passwords. The "
                                + "authorization-code flow with PKCE needs no client secret in the browser; "
                                + "after it the same-site app gets a cookie session that is revoked at once "
                                + "when someone leaves.", "email and password with JWT", "SAML"),
                decision("dec_tenancy", "structure", "Shared tables scoped by organisationId", "shared-schema",
                        "One schema keeps migrations and reporting simple; every tenant row carries "
                                + "organisationId, which is indexed and filtered on every list.",
                        "schema per tenant", "database per tenant"),
                decision("dec_money", "data", "Money as decimal(12,2) with a currency code", "decimal",
                        "Invoices must add up to the cent; binary floating point cannot represent 0.10. The "
                                + "ISO 4217 code travels with each amount.", "double", "integer cents"),
                decision("dec_invoice_delete", "data", "Invoices survive their organisation", "restrict",
                        "Accounting law keeps invoices for years, so deleting an organisation that has "
                                + "invoices is refused; close it instead.", "cascade"),
                decision("dec_roles", "auth", "Account roles guard the API; seat roles describe the tenant",
                        "account-roles",
                        "Endpoints check the role on the user's account (owner, billing, admin). The role on each "
                                + "Member records what the person does in that organisation; the exported code "
                                + "adds the per-organisation check where a user belongs to several.",
                        "per-organisation roles only"),
                decision("dec_db", "database", "PostgreSQL", "postgresql",
                        "Tenants, memberships and invoices are relational and need transactions.", "MongoDB"));
    }
}
