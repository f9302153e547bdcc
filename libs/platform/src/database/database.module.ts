import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { createDataSourceOptions } from './data-source-options';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...createDataSourceOptions(config),
        // Fail fast at start-up instead of retrying for minutes: a process manager restarts us.
        retryAttempts: 0,
      }),
    }),
  ],
})
export class DatabaseModule {}
