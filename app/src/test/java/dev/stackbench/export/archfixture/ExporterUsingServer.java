package dev.stackbench.export.archfixture;

/** Breaks "server and exporters are siblings": an exporter class using the live server. */
public final class ExporterUsingServer {
    final Class<?> server = dev.stackbench.server.LiveServer.class;
}
