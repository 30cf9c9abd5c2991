package dev.stackbench.model.edit;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointEditsTest {
    private final Project blog = Templates.load("blog");

    @Test
    void custom_endpoints_get_free_paths_and_an_example_answer() {
        Project p = EndpointEdits.addCustom(EndpointEdits.addCustom(blog));
        assertThat(p.endpoints()).filteredOn(e -> e.kind() == EndpointKind.CUSTOM).extracting(Endpoint::path)
                .contains("/api/action", "/api/action-2");
        Endpoint added = p.endpoints().get(p.endpoints().size() - 1);
        assertThat(added.exampleStatus()).isEqualTo(200);
        assertThat(added.exampleResponse()).isEqualTo("{}");
    }

    @Test
    void removing_an_endpoint_unlinks_it_from_features() {
        String linked = blog.features().stream().flatMap(f -> f.endpointIds().stream()).findFirst().orElseThrow();
        Project p = EndpointEdits.remove(blog, linked);
        assertThat(p.endpoints()).noneMatch(e -> e.id().equals(linked));
        assertThat(p.features()).allSatisfy(f -> assertThat(f.endpointIds()).doesNotContain(linked));
    }
}
