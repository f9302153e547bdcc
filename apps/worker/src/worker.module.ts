import {
  CatalogWorkerModule,
  ComplaintOutcomeNotificationHandler,
  NoticeOutcomeNotificationHandler,
  NoticeReceiptNotificationHandler,
  OfferImportHandler,
  ProductDecisionNotificationHandler,
} from '@app/catalog';
import {
  ConfigModule,
  DatabaseModule,
  I18nModule,
  NotificationsModule,
  WelcomeNotificationHandler,
  WorkerRuntimeModule,
  type AppConfig,
} from '@app/platform';
import {
  VatIdCheckHandler,
  VendorComplaintOutcomeNotificationHandler,
  VendorStatusNotificationHandler,
  VendorsWorkerModule,
} from '@app/vendors';
import { Module, type DynamicModule } from '@nestjs/common';

/** The worker: outbox relay and queue processors; no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        I18nModule,
        WorkerRuntimeModule.forHandlers({
          imports: [NotificationsModule, VendorsWorkerModule, CatalogWorkerModule],
          handlers: [
            WelcomeNotificationHandler,
            VendorStatusNotificationHandler,
            VendorComplaintOutcomeNotificationHandler,
            VatIdCheckHandler,
            ProductDecisionNotificationHandler,
            NoticeOutcomeNotificationHandler,
            NoticeReceiptNotificationHandler,
            ComplaintOutcomeNotificationHandler,
            OfferImportHandler,
          ],
        }),
      ],
    };
  }
}
