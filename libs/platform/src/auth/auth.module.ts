import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { OutboxModule } from '../outbox/outbox.module';
import { ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_VERIFY_OPTIONS, AccessGuard } from './access.guard';
import { AdminBootstrapService } from './admin-bootstrap.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { resolveJwtSecret } from './jwt-secret';
import { LoginThrottleService } from './login-throttle.service';

@Module({
  imports: [
    OutboxModule,
    JwtModule.registerAsync({
      global: true,
      inject: [APP_CONFIG, DataSource],
      useFactory: async (config: AppConfig, dataSource: DataSource) => ({
        secret: await resolveJwtSecret(config, dataSource),
        signOptions: { expiresIn: config.JWT_TTL_SECONDS, algorithm: ACCESS_TOKEN_ALGORITHM },
        verifyOptions: ACCESS_TOKEN_VERIFY_OPTIONS,
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, LoginThrottleService, AccessGuard, AdminBootstrapService],
  exports: [AccessGuard],
})
export class AuthModule {}
