import {
  createHttpLogger,
  createLogger,
  createValidationPipe,
  I18nService,
  jsonBodyMiddleware,
  nulCharacterGuard,
  PinoNestLogger,
  ProblemDetailsFilter,
  UuidPathParametersPipe,
  type AppConfig,
} from '@app/platform';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import type { DestinationStream } from 'pino';
import { ApiModule } from './api.module';

/** Trust-proxy values Express understands: booleans and hop counts arrive as text. */
function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

export interface ApiAppOptions {
  /** Where log lines go instead of standard output, for tests that check what is logged. */
  logDestination?: DestinationStream;
}

/**
 * Builds the API application exactly as production runs it; main.ts and the end-to-end tests
 * both use this, so the tests exercise the real pipes, filters and middleware.
 */
export async function createApiApp(
  config: AppConfig,
  options: ApiAppOptions = {},
): Promise<NestExpressApplication> {
  const logger = createLogger(config, 'api', options.logDestination);
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
    abortOnError: false,
  });
  app.set('trust proxy', trustProxySetting(config.TRUST_PROXY));
  app.disable('x-powered-by');
  app.use(createHttpLogger(logger));
  app.use(helmet());
  app.use(nulCharacterGuard());
  app.use(jsonBodyMiddleware(config.BODY_LIMIT_BYTES));
  app.useGlobalPipes(new UuidPathParametersPipe(), createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter(app.get(I18nService)));
  app.enableShutdownHooks();

  const openApi = new DocumentBuilder()
    .setTitle('EU Marketplace API')
    .setDescription(
      'Backend of a marketplace selling in the 27 EU member states. Errors are RFC 9457 ' +
        'problem+json documents localized by Accept-Language (24 EU languages, English fallback).',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: 'docs-json',
  });
  return app;
}
