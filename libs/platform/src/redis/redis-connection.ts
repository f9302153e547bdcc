import { Redis, type RedisOptions } from 'ioredis';

/** Far above a healthy Redis's sub-millisecond answers, well below what a login may wait. */
const COMMAND_TIMEOUT_MS = 1000;

/**
 * A Redis connection for a given use. Commands issued while disconnected fail at once instead of
 * queueing (enableOfflineQueue: false), so an outage surfaces as an error the caller handles,
 * never as a request that hangs; ioredis keeps reconnecting in the background. A Redis that keeps
 * the connection but does not answer (a hung server, a network dropping packets) would still hold
 * each command until TCP gives up, minutes later: commands fail after COMMAND_TIMEOUT_MS instead.
 */
export function createRedisConnection(url: string, purpose: 'command' | 'blocking-worker'): Redis {
  const options: RedisOptions =
    purpose === 'command'
      ? {
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectTimeout: 2000,
          commandTimeout: COMMAND_TIMEOUT_MS,
        }
      : // BullMQ workers block on Redis and must retry forever (BullMQ docs, "Going to production").
        { maxRetriesPerRequest: null, connectTimeout: 2000 };
  const redis = new Redis(url, {
    ...options,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
  });
  // Connection errors are reported by readiness and by the commands that fail; without a
  // listener ioredis would print each one as an unhandled error event.
  redis.on('error', () => undefined);
  return redis;
}
