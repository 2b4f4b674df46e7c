package id.wacontacts.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the operating system asks applications for dark colours, read from the setting each system
 * keeps for it: Windows' "apps use light theme", macOS' appearance, GNOME's colour scheme (else its GTK
 * theme's name). Any failure reads as light. Slow (it starts a process): call it off the FX thread.
 *
 * <p>JavaFX 22 answers this itself ({@code Platform.getPreferences().getColorScheme()}); on JavaFX 21 the
 * app asks the system as those implementations do. The README says why the app stays on 21.
 */
public final class SystemColorScheme {

    private static final Logger log = LoggerFactory.getLogger(SystemColorScheme.class);
    private static final long TIMEOUT_SECONDS = 3;

    private SystemColorScheme() {
    }

    /** Whether the system's colours are dark now. */
    public static boolean dark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return output(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme"))
                    .map(text -> text.replaceAll("\\s+", " ").contains("AppsUseLightTheme REG_DWORD 0x0"))
                    .orElse(false);
        }
        if (os.startsWith("mac")) {
            return output(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(text -> text.trim().equalsIgnoreCase("dark")).orElse(false);
        }
        Optional<String> scheme = output(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.isPresent() && scheme.get().contains("prefer-dark")) {
            return true;
        }
        if (scheme.isPresent() && scheme.get().contains("prefer-light")) {
            return false;
        }
        return output(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(text -> text.toLowerCase(Locale.ROOT).contains("dark")).orElse(false);
    }

    /** What the command printed when it ended well within the time allowed; empty otherwise. */
    private static Optional<String> output(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] printed;
            try (InputStream in = process.getInputStream()) {
                printed = in.readNBytes(4096);
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroy();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(new String(printed, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            log.debug("Could not ask the system for its colours with {}: {}", command.get(0), e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
