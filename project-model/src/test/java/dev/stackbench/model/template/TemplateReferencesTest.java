package dev.stackbench.model.template;

import dev.stackbench.model.Project;
import dev.stackbench.model.plan.PlanBuilder;
import dev.stackbench.model.plan.PlanIndex;
import dev.stackbench.model.plan.SqlType;
import dev.stackbench.model.plan.Table;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateReferencesTest {
    @TestFactory
    Stream<DynamicTest> every_reference_in_every_template_resolves() {
        return TemplateResourcesTest.SOURCES.keySet().stream().sorted().map(name -> DynamicTest.dynamicTest(name,
                () -> assertThat(TemplateReferences.problems(Templates.load(name))).isEmpty()));
    }

    @Test
    void join_entities_get_a_unique_index_on_their_pair_in_the_relational_plan() {
        assertThat(uniqueIndexColumns("chat", "ent_membership")).contains(List.of("room_id", "user_id"));
        assertThat(uniqueIndexColumns("saas", "ent_member")).contains(List.of("organisation_id", "user_id"));
    }

    @Test
    void money_is_an_exact_decimal_in_the_plan() {
        Table invoices = PlanBuilder.build(Templates.load("saas")).tableOfEntity("ent_invoice").orElseThrow();

        assertThat(invoices.columnForProperty("amount").orElseThrow().type())
                .isEqualTo(new SqlType(SqlType.Kind.DECIMAL, null, 12, 2));
    }

    private static List<List<String>> uniqueIndexColumns(String template, String entityId) {
        return PlanBuilder.build(Templates.load(template)).tableOfEntity(entityId).orElseThrow().indexes().stream()
                .filter(PlanIndex::unique).map(PlanIndex::columns).toList();
    }

    @Test
    void broken_references_are_reported() {
        Project chat = Templates.load("chat");
        Project broken = chat
                .withEndpoint("ent_message.list", e -> e.withFilterable(List.of("roomId", "room_id"))
                        .withRoles(List.of("superuser")))
                .withEntity("ent_room", e -> e.withOwnerRelationshipId("rel_missing"))
                .withAuth(chat.auth().withUser("ent_user", "fld_user_name", "fld_user_email", "fld_user_role"));

        assertThat(TemplateReferences.problems(broken)).contains("ent_message.list filters on room_id",
                "role superuser is defined", "Room owner rel_missing is a many-to-one to the user",
                "auth login field", "auth password field");
    }

    @Test
    void templates_differ_in_what_they_teach() {
        Map<String, String> strategies = Map.of("blog", "JWT", "chat", "SESSION", "dashboard", "JWT",
                "saas", "OAUTH", "blank", "NONE");
        strategies.forEach((name, strategy) ->
                assertThat(Templates.load(name).auth().strategy().name()).as(name).isEqualTo(strategy));
        assertThat(Templates.load("blank").entities()).isEmpty();
    }
}
