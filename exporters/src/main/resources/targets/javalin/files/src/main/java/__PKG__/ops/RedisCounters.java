package {{package}}.ops;

import redis.clients.jedis.JedisPooled;

/** Counters in Redis (INCR + EXPIRE), so several instances behind one address share one limit. */
public final class RedisCounters implements Counters {
    private final JedisPooled redis;

    public RedisCounters(JedisPooled redis) {
        this.redis = redis;
    }

    @Override
    public long next(String key) {
        return redis.incr("sequence:" + key);
    }

    @Override
    public long hit(String key, int windowSeconds) {
        long window = System.currentTimeMillis() / 1000 / windowSeconds;
        String redisKey = "ratelimit:" + key + ":" + window;
        long count = redis.incr(redisKey);
        if (count == 1) {
            redis.expire(redisKey, windowSeconds + 1L);
        }
        return count;
    }
}
