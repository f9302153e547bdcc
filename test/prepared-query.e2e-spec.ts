import { preparedQuery } from '@app/platform';
import { startTestSystem, type TestSystem } from './support/test-system';

describe('prepared statements (e2e)', () => {
  let system: TestSystem;

  beforeAll(async () => {
    // One pooled connection, so every statement below meets the same PostgreSQL session.
    system = await startTestSystem({ env: { DATABASE_POOL_SIZE: '1' } });
  });
  afterAll(() => system?.stop());

  const preparedOnConnection = async () =>
    Number(
      (
        await preparedQuery<{ n: string }>(
          system.dataSource,
          'SELECT count(*) AS n FROM pg_prepared_statements',
          [],
        )
      )[0]?.n,
    );

  it('prepares a statement once and reuses it', async () => {
    const before = await preparedOnConnection();
    for (const value of [1, 2, 3]) {
      const rows = await preparedQuery<{ doubled: number }>(
        system.dataSource,
        'SELECT $1::int * 2 AS doubled',
        [value],
      );
      expect(rows).toEqual([{ doubled: value * 2 }]);
    }
    expect(await preparedOnConnection()).toBe(before + 1);
  });

  it('stops preparing new texts past the limit but still runs them', async () => {
    for (let variant = 0; variant < 250; variant += 1) {
      const rows = await preparedQuery<{ sum: number }>(
        system.dataSource,
        `SELECT $1::int + ${variant} AS sum`,
        [1],
      );
      expect(rows).toEqual([{ sum: variant + 1 }]);
    }
    expect(await preparedOnConnection()).toBe(200);
  });
});
