package dev.stackbench.app.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RecentFilesTest {
    @TempDir
    Path dir;

    @Test
    void newest_first_without_repeats_and_only_files_that_still_exist() throws Exception {
        Path a = Files.writeString(dir.resolve("a.stackbench.json"), "{}");
        Path b = Files.writeString(dir.resolve("b.stackbench.json"), "{}");
        Path gone = dir.resolve("gone.stackbench.json");
        RecentFiles recent = new RecentFiles(dir.resolve("prefs/recent.txt"));
        recent.add(a);
        recent.add(gone);
        recent.add(b);
        recent.add(a);
        assertThat(recent.list()).containsExactly(a, b);
    }

    @Test
    void keeps_the_last_ten() throws Exception {
        RecentFiles recent = new RecentFiles(dir.resolve("recent.txt"));
        for (int i = 0; i < 12; i++) {
            recent.add(Files.writeString(dir.resolve(i + ".stackbench.json"), "{}"));
        }
        assertThat(recent.list()).hasSize(RecentFiles.KEPT).first().isEqualTo(dir.resolve("11.stackbench.json"));
    }

    @Test
    void an_unreadable_list_is_an_empty_one() throws Exception {
        Path store = Files.createDirectories(dir.resolve("recent.txt"));
        assertThat(new RecentFiles(store).list()).isEmpty();
    }
}
