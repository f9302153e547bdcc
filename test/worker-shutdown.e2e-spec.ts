import { ConfigModule, DOMAIN_EVENT_TYPES, loadConfig } from '@app/platform';
import { EVENT_HANDLERS, type EventHandler } from '@app/platform/queues/event-handler';
import { EventWorkersService } from '@app/platform/queues/event-workers.service';
import { eventJobId } from '@app/platform/queues/queue-catalog';
import { QueueProducerService } from '@app/platform/queues/queue-producer.service';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { eventually } from './support/test-system';

/** A handler that takes its time, to catch a shutdown in the middle of a job. */
class SlowHandler implements EventHandler<'user.registered'> {
  readonly eventType = 'user.registered';
  readonly started: string[] = [];
  readonly finished: string[] = [];

  async handle(payload: { userId: string }): Promise<void> {
    this.started.push(payload.userId);
    await new Promise((resolve) => setTimeout(resolve, 800));
    this.finished.push(payload.userId);
  }
}

describe('worker shutdown (e2e)', () => {
  it('finishes the job in flight before it closes', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_PREFIX: `{test-${randomBytes(4).toString('hex')}}`,
    });
    const handler = new SlowHandler();
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config)],
      providers: [
        EventWorkersService,
        QueueProducerService,
        {
          provide: EVENT_HANDLERS,
          useValue: [
            handler,
            ...DOMAIN_EVENT_TYPES.filter((type) => type !== 'user.registered').map((eventType) => ({
              eventType,
              handle: () => Promise.resolve(),
            })),
          ],
        },
      ],
    }).compile();
    const app = moduleRef.createNestApplication();
    await app.init();
    const producer = app.get(QueueProducerService);

    await producer.enqueueEvents([
      { eventId: '1', eventType: 'user.registered', payload: { userId: 'u-1' } },
    ]);
    await eventually(() => (handler.started.length > 0 ? true : undefined));
    expect(handler.finished).toEqual([]);

    await app.close();
    expect(handler.finished).toEqual(['u-1']);

    const reader = new QueueProducerService(config);
    try {
      expect(await reader.queue('notifications').getJobState(eventJobId('1'))).toBe('completed');
      await reader.queue('notifications').obliterate({ force: true });
    } finally {
      await reader.onApplicationShutdown();
    }
  });
});
