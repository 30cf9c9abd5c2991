package dev.stackbench.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NamingTest {
    private final Entity blogPost = Entity.named("e1", "BlogPost");

    @Test
    void entity_blog_post_is_table_blog_posts_and_resource_blog_posts() {
        assertThat(Naming.tableName(blogPost)).isEqualTo("blog_posts");
        assertThat(Naming.resourcePath(blogPost)).isEqualTo("/api/blog-posts");
    }

    @Test
    void words_split_camel_pascal_snake_kebab_and_acronyms() {
        assertThat(Naming.words("BlogPost")).containsExactly("blog", "post");
        assertThat(Naming.words("blog_post")).containsExactly("blog", "post");
        assertThat(Naming.words("blog-post")).containsExactly("blog", "post");
        assertThat(Naming.words("HTTPRequest")).containsExactly("http", "request");
        assertThat(Naming.words("oauth2Client")).containsExactly("oauth2", "client");
    }

    @Test
    void plurals_follow_english_rules_and_irregulars() {
        assertThat(List.of("category", "day", "box", "match", "person", "status", "tag"))
                .extracting(Naming::plural)
                .containsExactly("categories", "days", "boxes", "matches", "people", "statuses", "tags");
    }

    @Test
    void foreign_keys_and_links_follow_the_relationship_name() {
        assertThat(Naming.foreignKeyColumn("author")).isEqualTo("author_id");
        assertThat(Naming.foreignKeyProperty("author")).isEqualTo("authorId");
        Entity tag = Entity.named("t", "Tag");
        assertThat(Naming.linkIdsProperty(null, tag)).isEqualTo("tagIds");
    }

    @Test
    void json_properties_are_camel_case_and_columns_snake_case() {
        Field field = Field.of("f", "published_at", FieldType.DATETIME);
        assertThat(Naming.property(field)).isEqualTo("publishedAt");
        assertThat(Naming.column(Field.of("f", "publishedAt", FieldType.DATETIME))).isEqualTo("published_at");
    }

    @Test
    void an_explicit_table_name_overrides_the_derived_one() {
        assertThat(Naming.tableName(blogPost.withTableName("articles"))).isEqualTo("articles");
    }

    @Test
    void package_names_are_valid_java_identifiers() {
        assertThat(Naming.packageName("My Blog!")).isEqualTo("com.example.myblog");
        assertThat(Naming.packageName("42 things")).isEqualTo("com.example.app42things");
    }
}
