package {{package}};

import {{package}}.db.Database;
import {{package}}.realtime.EventBus;
import {{package}}.realtime.SseHub;
import {{package}}.web.HttpServer;
import redis.clients.jedis.JedisPooled;

/** A running service: what {@link Wiring} built, and the order in which it shuts down. */
public record Application(HttpServer server, Database database, EventBus events, SseHub streams, JedisPooled redis) {
    public int port() {
        return server.port();
    }

    public void stop() {
        streams.close();
        server.stop();
        events.close();
        if (redis != null) {
            redis.close();
        }
        database.close();
    }
}
