package dev.stackbench.app.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the desktop asks for dark windows. JavaFX 21 has no API for it (Platform.Preferences came in 22), so
 * we ask the desktop the way each one answers: GNOME's color-scheme setting, macOS's AppleInterfaceStyle, Windows'
 * AppsUseLightTheme. The {@code stackbench.theme} property (light or dark) overrides the guess.
 */
public final class OsAppearance {
    private OsAppearance() {
    }

    /** The theme to open with: the override, else what the desktop says, else light. */
    public static Theme preferred() {
        String forced = System.getProperty("stackbench.theme", "");
        if (!forced.isBlank()) {
            return "dark".equalsIgnoreCase(forced.trim()) ? Theme.DARK : Theme.LIGHT;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return dark(os, System.getenv("GTK_THEME")) ? Theme.DARK : Theme.LIGHT;
    }

    private static boolean dark(String os, String gtkTheme) {
        if (os.contains("mac")) {
            return isDark(os, ask(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).orElse(""));
        }
        if (os.contains("win")) {
            return isDark(os, ask(List.of("reg", "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v",
                    "AppsUseLightTheme")).orElse(""));
        }
        if (gtkTheme != null && gtkTheme.toLowerCase(Locale.ROOT).contains("dark")) {
            return true;
        }
        return isDark(os, ask(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"))
                .orElse(""));
    }

    /** Reads one desktop's answer: {@code os} is the lower-cased os.name, {@code answer} what its command printed. */
    static boolean isDark(String os, String answer) {
        String text = answer.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return text.contains("dark");
        }
        if (os.contains("win")) {
            return text.matches("(?s).*appsuselighttheme\\s+reg_dword\\s+0x0\\b.*");
        }
        return text.contains("prefer-dark");
    }

    /** The command's output, if it exists and answers within a second (a missing gsettings is the usual case). */
    private static Optional<String> ask(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (InputStream out = process.getInputStream()) {
                if (!process.waitFor(1, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return Optional.empty();
                }
                return Optional.of(new String(out.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
