package dev.stackbench.model.io;

import dev.stackbench.model.Project;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ModelJsonPropertiesTest {
    private static final Path FILE = Path.of("random.stackbench.json");
    private static final String STRING = "\"(?:[^\"\\\\]|\\\\.)*\"";
    private static final Pattern ONE_VALUE = Pattern.compile(" *(?:(?:" + STRING + ": )?(?:" + STRING
            + "|-?[0-9][0-9.eE+-]*|true|false|null|\\{}|\\[]|\\{|\\[)|[}\\]]),?");

    @Property(tries = 300)
    void any_project_reads_back_equal_to_what_was_written(@ForAll("projects") Project project) throws Exception {
        byte[] bytes = ModelJson.write(project).getBytes(StandardCharsets.UTF_8);

        assertThat(ModelReader.read(FILE, bytes)).isEqualTo(project);
    }

    @Property(tries = 200)
    void writing_what_was_read_gives_the_same_bytes(@ForAll("projects") Project project) throws Exception {
        String written = ModelJson.write(project);

        Project reread = ModelReader.read(FILE, written.getBytes(StandardCharsets.UTF_8));

        assertThat(ModelJson.write(reread)).isEqualTo(written);
    }

    @Property(tries = 200)
    void every_line_holds_at_most_one_value(@ForAll("projects") Project project) {
        // one key or array element per line, or a lone bracket: then a line diff shows exactly what changed
        assertThat(ModelJson.write(project).lines()).allMatch(line -> ONE_VALUE.matcher(line).matches());
    }

    @Provide
    Arbitrary<Project> projects() {
        return RandomProjects.projects();
    }
}
