import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TooManyRequestsError } from '../errors/domain-error';
import { REDIS_CLIENT } from '../redis/redis.module';

/**
 * Counts failed logins per client IP and per account in Redis, so that every API replica sees the
 * same counts. While Redis is unreachable each replica counts in memory instead of letting
 * guessing run unchecked.
 */
@Injectable()
export class LoginThrottleService {
  private readonly perAccount: RateLimiterRedis;
  private readonly perIp: RateLimiterRedis;

  constructor(@Inject(REDIS_CLIENT) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    const limiter = (name: string, points: number) => {
      const options = {
        keyPrefix: `${config.REDIS_PREFIX}:login-failures:${name}`,
        points,
        duration: config.LOGIN_FAILURE_WINDOW_SECONDS,
      };
      return new RateLimiterRedis({
        ...options,
        storeClient: redis,
        insuranceLimiter: new RateLimiterMemory(options),
      });
    };
    this.perAccount = limiter('account', config.LOGIN_MAX_FAILURES_PER_ACCOUNT);
    this.perIp = limiter('ip', config.LOGIN_MAX_FAILURES_PER_IP);
  }

  /** Refuses the attempt when the IP or the account has used up its failures in the window. */
  async assertAllowed(ip: string, email: string): Promise<void> {
    const checks: Array<[RateLimiterRedis, string]> = [
      [this.perIp, ip],
      [this.perAccount, email],
    ];
    for (const [limiter, key] of checks) {
      const state = await limiter.get(key).catch(() => null);
      if (state && state.consumedPoints >= limiter.points) {
        throw new TooManyRequestsError(
          'too-many-login-attempts',
          Math.max(1, Math.ceil(state.msBeforeNext / 1000)),
        );
      }
    }
  }

  async recordFailure(ip: string, email: string): Promise<void> {
    await Promise.all([this.consume(this.perIp, ip), this.consume(this.perAccount, email)]);
  }

  /** A successful login clears the account's failures; the IP's stay, as they may span accounts. */
  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email).catch(() => undefined);
  }

  private async consume(limiter: RateLimiterRedis, key: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      // Rejection with a RateLimiterRes means the limit is reached, which assertAllowed enforces.
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
    }
  }
}
