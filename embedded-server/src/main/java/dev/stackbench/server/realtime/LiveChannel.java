package dev.stackbench.server.realtime;

import dev.stackbench.model.Channel;

/** What the hub needs of a running channel of either transport. */
interface LiveChannel {
    Channel model();

    /** Takes a model edit of the same channel without dropping its clients. */
    void update(Channel changed);

    /** Ends every client with a last word: the channel left the model or the server stops. */
    void end(String reason);

    /** Open client connections. */
    int size();
}
