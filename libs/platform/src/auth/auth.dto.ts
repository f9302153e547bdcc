import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { SUPPORTED_LOCALES, type Locale } from '../i18n/locales';
import { HasNoInvisibleCharacters, toNormalizedEmail } from './email-address';
import { ROLES, SELF_REGISTRATION_ROLES, type Role, type SelfRegistrationRole } from './roles';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy';

export class RegisterDto {
  @ApiProperty({
    example: 'anna@example.eu',
    maxLength: 254,
    description:
      'Stored NFKC-normalised and lower-cased; invisible and bidi-control characters are refused.',
  })
  @Transform(toNormalizedEmail)
  @IsEmail()
  @HasNoInvisibleCharacters()
  @MaxLength(254)
  email!: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'At least 12 characters, not a common password, not containing the email name.',
  })
  @IsString()
  password!: string;

  @ApiProperty({ enum: SELF_REGISTRATION_ROLES })
  @IsIn(SELF_REGISTRATION_ROLES)
  role!: SelfRegistrationRole;

  @ApiPropertyOptional({
    enum: SUPPORTED_LOCALES,
    description: 'Language of messages to this user; defaults to the negotiated Accept-Language.',
  })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}

export class LoginDto {
  @ApiProperty({ example: 'anna@example.eu' })
  @Transform(toNormalizedEmail)
  @IsEmail()
  @HasNoInvisibleCharacters()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class UserResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  email!: string;
  @ApiProperty({ enum: ROLES })
  role!: Role;
  @ApiProperty({ enum: SUPPORTED_LOCALES })
  locale!: Locale;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

/** `GET /v1/me`: the account, and for a seller the vendor it runs. */
export class MeResponse extends UserResponse {
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description:
      'The seller’s vendor (GET /v1/vendors/{vendorId}); null before it created one, and for shoppers and admins',
  })
  vendorId!: string | null;
}

export class AccessTokenResponse {
  @ApiProperty({ description: 'Send as "Authorization: Bearer <token>"' })
  accessToken!: string;
  @ApiProperty({ example: 'Bearer' })
  tokenType!: 'Bearer';
  @ApiProperty({ description: 'Seconds until the token expires', example: 3600 })
  expiresIn!: number;
}
