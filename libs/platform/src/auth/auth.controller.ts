import { Body, Controller, Get, HttpCode, HttpStatus, Ip, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Locale } from '../i18n/locales';
import { RequestLocale } from '../i18n/request-locale.decorator';
import { Authenticated, CurrentUser } from './access.guard';
import { AccessTokenResponse, LoginDto, MeResponse, RegisterDto, UserResponse } from './auth.dto';
import { AuthService } from './auth.service';
import type { AuthenticatedUser } from './authenticated-user';

@ApiTags('auth')
@Controller('v1')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('auth/register')
  @ApiCreatedResponse({ type: UserResponse })
  @ApiBadRequestResponse({
    description: 'Invalid fields or a weak password, each listed in errors[]',
  })
  @ApiConflictResponse({ description: 'An account with this email exists' })
  register(@Body() body: RegisterDto, @RequestLocale() locale: Locale): Promise<UserResponse> {
    return this.auth.register(body, locale);
  }

  @Post('auth/login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AccessTokenResponse })
  @ApiUnauthorizedResponse({ description: 'Unknown email or wrong password (answered alike)' })
  @ApiTooManyRequestsResponse({
    description: 'Too many failures for this account or IP; see Retry-After',
  })
  login(@Body() body: LoginDto, @Ip() ip: string): Promise<AccessTokenResponse> {
    return this.auth.login(body.email, body.password, ip);
  }

  @Get('me')
  @Authenticated()
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentUser() user: AuthenticatedUser): Promise<MeResponse> {
    return this.auth.me(user.id);
  }
}
