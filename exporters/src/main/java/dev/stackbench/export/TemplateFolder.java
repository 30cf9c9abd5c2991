package dev.stackbench.export;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A template folder on the classpath (a directory in development, a jar entry when packaged) that mirrors the
 * output tree: every file is a Mustache template rendered without HTML escaping; {@code __PKG__} in a path is the
 * Java package as folders. Files come out sorted by path, so an export is deterministic. Targets own one
 * ({@code targets/NAME/files}); the target-independent artifacts (deployment, monitoring) own theirs under
 * {@code artifacts/}.
 */
public final class TemplateFolder {
    private final String root;

    public TemplateFolder(String root) {
        this.root = root;
    }

    /** Every file of the folder rendered with {@code view} (a map or a record), for a folder without {@code __PKG__}. */
    public List<GeneratedFile> render(Object view) {
        return render(view, null);
    }

    public List<GeneratedFile> render(Object view, String packagePath) {
        List<GeneratedFile> out = new ArrayList<>();
        for (Map.Entry<String, String> e : read().entrySet()) {
            String path = packagePath == null ? e.getKey() : e.getKey().replace("__PKG__", packagePath);
            out.add(new GeneratedFile(path, render(e.getKey(), e.getValue(), view)));
        }
        return out;
    }

    /** One template of the classpath rendered with {@code view}, for outputs whose paths depend on the model. */
    public static String renderFile(String resource, Object view) {
        try (var in = TemplateFolder.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("template missing from the classpath: " + resource);
            }
            return render(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), view);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String render(String name, String template, Object view) {
        MustacheFactory factory = new DefaultMustacheFactory() {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        Mustache mustache = factory.compile(new StringReader(template), name);
        StringWriter out = new StringWriter();
        mustache.execute(out, view);
        return out.toString();
    }

    private java.util.SortedMap<String, String> read() {
        URL url = TemplateFolder.class.getResource("/" + root);
        if (url == null) {
            throw new IllegalStateException("template folder missing from the classpath: " + root);
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = jarFileSystem(uri)) {
                    return readTree(fs.getPath("/" + root));
                }
            }
            return readTree(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            throw new IllegalStateException("template jar already open: " + uri, e);
        }
    }

    private static java.util.SortedMap<String, String> readTree(Path base) throws IOException {
        java.util.SortedMap<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(base)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String relative = base.relativize(p).toString().replace('\\', '/');
                files.put(relative, Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
