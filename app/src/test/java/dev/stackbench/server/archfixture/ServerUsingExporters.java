package dev.stackbench.server.archfixture;

/** Breaks "server and exporters are siblings": a server class using an export type. */
public final class ServerUsingExporters {
    final dev.stackbench.export.GeneratedFile file = new dev.stackbench.export.GeneratedFile("a.txt", "");
}
