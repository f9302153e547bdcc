import { MarketsModule } from '@app/compliance';
import {
  AuthModule,
  ConfigModule,
  DatabaseModule,
  HealthModule,
  I18nModule,
  RedisModule,
  type AppConfig,
} from '@app/platform';
import { CatalogModule } from '@app/catalog';
import { VendorsModule } from '@app/vendors';
import { Module, type DynamicModule } from '@nestjs/common';

/** The HTTP API: composes the modules, holds no rules of its own. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        I18nModule,
        RedisModule,
        HealthModule,
        AuthModule,
        MarketsModule,
        VendorsModule,
        CatalogModule,
      ],
    };
  }
}
