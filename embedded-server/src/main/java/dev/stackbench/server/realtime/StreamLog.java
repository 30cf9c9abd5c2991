package dev.stackbench.server.realtime;

/** Where sent stream events are recorded for the UI (the core's traffic recorder). */
@FunctionalInterface
interface StreamLog {
    void record(String transport, String channel, String event, String data);
}
