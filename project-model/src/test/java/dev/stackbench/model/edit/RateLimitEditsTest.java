package dev.stackbench.model.edit;

import dev.stackbench.model.Project;
import dev.stackbench.model.RateLimitClass;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitEditsTest {
    private final Project blog = Templates.load("blog");

    @Test
    void renaming_a_class_renames_the_endpoints_and_settings_that_name_it() {
        assertThat(blog.endpoints()).anyMatch(e -> "write".equals(e.rateLimitClass()));
        Project p = RateLimitEdits.rename(RateLimitEdits.rename(blog, "write", "writes"), "auth", "login");
        assertThat(p.production().rateLimit("writes")).isPresent();
        assertThat(p.production().rateLimit("write")).isEmpty();
        assertThat(p.endpoints()).noneMatch(e -> "write".equals(e.rateLimitClass()))
                .anyMatch(e -> "writes".equals(e.rateLimitClass()));
        assertThat(p.production().authRateLimit()).isEqualTo("login");
    }

    @Test
    void a_blank_or_taken_name_changes_nothing() {
        assertThat(RateLimitEdits.rename(blog, "write", " ")).isEqualTo(blog);
        assertThat(RateLimitEdits.rename(blog, "write", "global")).isEqualTo(blog);
    }

    @Test
    void removing_a_class_leaves_no_endpoint_naming_it() {
        Project p = RateLimitEdits.remove(RateLimitEdits.remove(blog, "write"), "global");
        assertThat(p.production().rateLimit("write")).isEmpty();
        assertThat(p.endpoints()).noneMatch(e -> "write".equals(e.rateLimitClass()));
        assertThat(p.production().globalRateLimit()).isNull();
    }

    @Test
    void a_new_class_gets_a_free_name_and_its_numbers_can_change() {
        Project p = RateLimitEdits.add(RateLimitEdits.add(blog));
        assertThat(p.production().rateLimit("limit")).isPresent();
        RateLimitClass second = p.production().rateLimit("limit2").orElseThrow();
        Project changed = RateLimitEdits.change(p, second.id(), r -> new RateLimitClass(r.id(), r.name(), 5, 10,
                RateLimitClass.Key.USER));
        assertThat(changed.production().rateLimit("limit2").orElseThrow())
                .isEqualTo(new RateLimitClass(second.id(), "limit2", 5, 10, RateLimitClass.Key.USER));
    }
}
