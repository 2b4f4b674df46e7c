package id.wacontacts.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.FileChooser.ExtensionFilter;
import javafx.stage.Window;

/** The desktop's own file chooser. */
public final class FxFileDialogs implements FileDialogs {

    @Override
    public Optional<Path> open(Window owner, String title, Path folder, List<Filter> filters) {
        FileChooser chooser = chooser(title, folder, filters);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Saving> saveAs(Window owner, String title, Path folder, String name, List<Filter> filters) {
        FileChooser chooser = chooser(title, folder, filters);
        chooser.setInitialFileName(name);
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        ExtensionFilter selected = chooser.getSelectedExtensionFilter();
        Path file = withExtension(chosen.toPath(), selected == null ? List.of() : selected.getExtensions(), filters);
        return Optional.of(new Saving(file, selected == null ? -1 : chooser.getExtensionFilters().indexOf(selected)));
    }

    private static FileChooser chooser(String title, Path folder, List<Filter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (Filter filter : filters) {
            chooser.getExtensionFilters().add(new ExtensionFilter(filter.description(), filter.patterns()));
        }
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    /**
     * Some desktops' choosers leave the extension to the application: a name without the chosen
     * filter's extension gets it, replacing another filter's (name.csv saved as vCard is name.vcf).
     */
    static Path withExtension(Path chosen, List<String> patterns, List<Filter> filters) {
        String name = chosen.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> wanted = patterns.stream().filter(p -> p.startsWith("*.") && !p.equals("*.*"))
                .map(p -> p.substring(1).toLowerCase(Locale.ROOT)).toList();
        if (wanted.isEmpty() || wanted.stream().anyMatch(lower::endsWith)) {
            return chosen;
        }
        for (Filter other : filters) {
            for (String pattern : other.patterns()) {
                String extension = pattern.startsWith("*.") ? pattern.substring(1).toLowerCase(Locale.ROOT) : "";
                if (!extension.isEmpty() && !extension.equals(".*") && lower.endsWith(extension)) {
                    name = name.substring(0, name.length() - extension.length());
                    return chosen.resolveSibling(name + wanted.get(0));
                }
            }
        }
        return chosen.resolveSibling(name + wanted.get(0));
    }
}
