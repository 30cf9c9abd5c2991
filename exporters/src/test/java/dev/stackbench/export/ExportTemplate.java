package dev.stackbench.export;

import dev.stackbench.model.template.Templates;

import java.nio.file.Path;

/** Exports a starter template into a folder: {@code ExportTemplate blog /tmp/blog-export} (for trying by hand). */
public final class ExportTemplate {
    private ExportTemplate() {
    }

    public static void main(String[] args) throws Exception {
        ExportResult r = new ExportEngine(System.err::println).export(Templates.load(args[0]), "javalin",
                Path.of(args[1]), args.length > 2 && args[2].equals("--force"));
        System.out.println(r.summary());
    }
}
