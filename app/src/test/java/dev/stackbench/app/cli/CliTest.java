package dev.stackbench.app.cli;

import dev.stackbench.model.io.ModelFiles;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"blog", "chat", "dashboard", "saas", "blank"})
    void new_writes_a_model_that_loads_back_equal_to_its_template(String template) throws Exception {
        Path file = dir.resolve(template + ".stackbench.json");
        CliRun run = CliRun.of("new", "--template", template, "--out", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote " + file);
        var loaded = new ModelFiles().load(file);
        if (!template.equals("blank")) {
            assertThat(loaded).isEqualTo(Templates.load(template));
        } else {
            assertThat(loaded.meta().name()).isEqualTo("blank");
        }
    }

    @Test
    void new_refuses_to_overwrite_without_force_and_leaves_the_file_untouched() throws Exception {
        Path file = dir.resolve("mine.stackbench.json");
        Files.writeString(file, "my precious notes");
        CliRun refused = CliRun.of("new", "--template", "blog", "--out", file.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains(file.toString()).contains("--force");
        assertThat(Files.readString(file)).isEqualTo("my precious notes");
        assertThat(CliRun.of("new", "--template", "blog", "--out", file.toString(), "--force").exitCode()).isZero();
        assertThat(new ModelFiles().load(file).meta().name()).isEqualTo("Blog");
    }

    @Test
    void an_unknown_template_is_bad_usage() {
        CliRun run = CliRun.of("new", "--template", "crm", "--out", dir.resolve("x.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown template 'crm'");
    }

    @Test
    void version_and_help_exit_zero_and_an_unknown_command_exits_two() {
        assertThat(CliRun.of("--version").out()).startsWith("Stackbench ");
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("new").contains("lint").contains("serve");
        CliRun newHelp = CliRun.of("new", "--help");
        assertThat(newHelp.exitCode()).isZero();
        assertThat(newHelp.out()).contains("--template").contains("--force");
        CliRun unknown = CliRun.of("frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("frobnicate");
    }

    @Test
    void the_desktop_opens_without_arguments_or_with_a_single_file_but_not_for_commands() {
        assertThat(Cli.wantsDesktop(new String[0])).isTrue();
        assertThat(Cli.wantsDesktop(new String[] {"blog.stackbench.json"})).isTrue();
        assertThat(Cli.wantsDesktop(new String[] {"lint"})).isFalse();
        assertThat(Cli.wantsDesktop(new String[] {"--version"})).isFalse();
    }
}
