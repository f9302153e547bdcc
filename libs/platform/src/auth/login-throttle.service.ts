import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TooManyRequestsError } from '../errors/domain-error';
import { REDIS_CLIENT } from '../redis/redis.module';
import { clientAddressKey } from './client-address';

interface Counter {
  limiter: RateLimiterRedis;
  key: string;
}

/**
 * Limits login attempts in Redis, so that every API replica sees the same counts; while Redis is
 * unreachable each replica counts in memory instead of letting guessing run unchecked.
 *
 * An attempt takes its place in the counts before the password is checked, each count one atomic
 * increment, so parallel requests cannot all pass a check made before any failure was recorded.
 * A successful login gives its place back. Three counts, each per LOGIN_FAILURE_WINDOW_SECONDS:
 * per account and client together (LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP) so that a stranger
 * guessing cannot lock the owner out of their own client; per account across all clients
 * (LOGIN_MAX_FAILURES_PER_ACCOUNT), a higher ceiling against guessing spread over many addresses;
 * and per client (LOGIN_MAX_FAILURES_PER_IP), against one client trying many accounts.
 */
@Injectable()
export class LoginThrottleService {
  private readonly perAccountAndIp: RateLimiterRedis;
  private readonly perAccount: RateLimiterRedis;
  private readonly perIp: RateLimiterRedis;

  constructor(@Inject(REDIS_CLIENT) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    const limiter = (name: string, points: number) => {
      const options = {
        keyPrefix: `${config.REDIS_PREFIX}:login-attempts:${name}`,
        points,
        duration: config.LOGIN_FAILURE_WINDOW_SECONDS,
      };
      return new RateLimiterRedis({
        ...options,
        storeClient: redis,
        insuranceLimiter: new RateLimiterMemory(options),
      });
    };
    this.perAccountAndIp = limiter('account-ip', config.LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP);
    this.perAccount = limiter('account', config.LOGIN_MAX_FAILURES_PER_ACCOUNT);
    this.perIp = limiter('ip', config.LOGIN_MAX_FAILURES_PER_IP);
  }

  /**
   * Takes one attempt from each count, or refuses with 429 when one is used up. The narrowest
   * count goes first, and a refused attempt gives back what it took: otherwise a client already
   * refused for one account could go on using up that account's allowance for everyone else.
   */
  async reserveAttempt(ip: string, email: string): Promise<void> {
    const taken: Counter[] = [];
    for (const counter of this.counters(ip, email)) {
      try {
        await counter.limiter.consume(counter.key);
        taken.push(counter);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        await Promise.all([...taken, counter].map((refunded) => this.refund(refunded)));
        throw new TooManyRequestsError(
          'too-many-login-attempts',
          Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
        );
      }
    }
  }

  /**
   * After a successful login: this client's failures on this account start again from zero, and
   * the attempt is given back to the broader counts without wiping failures others caused there.
   */
  async attemptSucceeded(ip: string, email: string): Promise<void> {
    const [accountAndIp, ...broader] = this.counters(ip, email);
    await Promise.all([
      accountAndIp.limiter.delete(accountAndIp.key).catch(() => undefined),
      ...broader.map((counter) => this.refund(counter)),
    ]);
  }

  private counters(ip: string, email: string): [Counter, Counter, Counter] {
    const client = clientAddressKey(ip);
    return [
      // A space separates the two, as neither an address nor a valid email contains one.
      { limiter: this.perAccountAndIp, key: `${client} ${email}` },
      { limiter: this.perIp, key: client },
      { limiter: this.perAccount, key: email },
    ];
  }

  private async refund({ limiter, key }: Counter): Promise<void> {
    await limiter.reward(key).catch(() => undefined);
  }
}
