package dev.stackbench.importer;

import dev.stackbench.importer.openapi.OpenApiImporter;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.Project;
import dev.stackbench.model.advisor.Advisor;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ImportMergeTest {
    @Test
    void mergingKeepsTheOpenModelsIdsAndEditsAndAddsWhatIsNew() throws Exception {
        Project blog = Templates.load("blog");
        // an edit the user made: a description on Post; the import must not undo it
        Project open = blog.withEntity("ent_post", e -> e.withDescription("Our articles"));
        Project imported = OpenApiImporter.read(Path.of(ImportMergeTest.class.getResource(
                "/public/petstore-expanded-3.0.yaml").toURI()).toString()).project();
        // the imported model also has a Post with a field the blog lacks
        Entity post = Entity.named("ent_post_imported", "Post").withFields(java.util.List.of(
                Field.of("fld_x_title", "title", FieldType.STRING), Field.of("fld_x_views", "views", FieldType.INT)));
        imported = imported.withEntities(dev.stackbench.model.Lists.plus(imported.entities(), post));

        Project merged = ImportMerge.merge(open, imported);

        Entity mergedPost = merged.entity("ent_post").orElseThrow();
        assertThat(mergedPost.description()).isEqualTo("Our articles");
        assertThat(mergedPost.fieldNamed("title").orElseThrow().id()).isEqualTo("fld_post_title");
        assertThat(mergedPost.fieldNamed("views")).isPresent();
        assertThat(merged.entityNamed("Pet")).isPresent();
        assertThat(merged.endpoints()).anySatisfy(ep -> assertThat(ep.path()).isEqualTo("/pets"));
        assertThat(merged.endpoints()).containsAll(open.endpoints());
        assertThat(merged.auth()).isEqualTo(open.auth());
        assertThat(merged.entities()).extracting(Entity::id).doesNotHaveDuplicates();
        assertThat(Advisor.hasErrors(Advisor.standard().run(merged))).isFalse();
    }
}
