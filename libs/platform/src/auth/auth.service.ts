import { Inject, Injectable, Optional } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from '../database/unique-violation';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ConflictError, UnauthorizedError, ValidationFailedError } from '../errors/domain-error';
import type { Locale } from '../i18n/locales';
import { OutboxService } from '../outbox/outbox.service';
import type { AccessTokenResponse, MeResponse, RegisterDto, UserResponse } from './auth.dto';
import type { AccessTokenClaims } from './authenticated-user';
import { LoginThrottleService } from './login-throttle.service';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from './password-hasher';
import { passwordWeaknesses } from './password-policy';
import { SELLER_VENDOR_LOOKUP, type SellerVendorLookup } from './seller-vendor-lookup';
import { User } from './user.entity';

export function toUserResponse(user: User): UserResponse {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    locale: user.locale,
    createdAt: user.createdAt.toISOString(),
  };
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly outbox: OutboxService,
    private readonly throttle: LoginThrottleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    // Absent where no vendors module is loaded; then no account has a vendor to show.
    @Optional()
    @Inject(SELLER_VENDOR_LOOKUP)
    private readonly sellerVendors: SellerVendorLookup | null = null,
  ) {}

  /** Creates a shopper or seller account and, in the same transaction, its user.registered event. */
  async register(input: RegisterDto, requestLocale: Locale): Promise<UserResponse> {
    const weaknesses = passwordWeaknesses(input.password, input.email);
    if (weaknesses.length > 0) {
      throw new ValidationFailedError(weaknesses);
    }
    const passwordHash = await hashPassword(input.password);
    try {
      const user = await this.dataSource.transaction(async (transaction) => {
        const created = await transaction.save(
          transaction.create(User, {
            email: input.email,
            passwordHash,
            role: input.role,
            locale: input.locale ?? requestLocale,
          }),
        );
        await this.outbox.publish(transaction, 'user.registered', { userId: created.id });
        return created;
      });
      return toUserResponse(user);
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('email-taken');
      throw error;
    }
  }

  /**
   * Exchanges credentials for a bearer token. An unknown email and a wrong password get the same
   * answer in about the same time, so the endpoint does not reveal who has an account.
   */
  async login(email: string, password: string, clientIp: string): Promise<AccessTokenResponse> {
    // The attempt is counted before the password is checked, so parallel guesses cannot overtake
    // the count; a failed attempt simply keeps its place.
    await this.throttle.reserveAttempt(clientIp, email);
    const user = await this.dataSource.getRepository(User).findOneBy({ email });
    const valid = user
      ? await verifyPassword(user.passwordHash, password)
      : await verifyAgainstDecoy(password);
    if (!user || !valid) throw new UnauthorizedError('invalid-credentials');
    await this.throttle.attemptSucceeded(clientIp, email);
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, ver: user.tokenVersion };
    return {
      accessToken: await this.jwt.signAsync(claims),
      tokenType: 'Bearer',
      expiresIn: this.config.JWT_TTL_SECONDS,
    };
  }

  async me(userId: string): Promise<MeResponse> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    // A valid token whose account has since been deleted proves nothing any more.
    if (!user) throw new UnauthorizedError();
    const vendorId =
      user.role === 'seller' && this.sellerVendors
        ? await this.sellerVendors.vendorIdOf(user.id)
        : null;
    return { ...toUserResponse(user), vendorId };
  }
}
