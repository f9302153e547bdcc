import { In, type EntityManager, type EntityTarget, type FindOptionsWhere } from 'typeorm';

/** Rows of `entity` by id, in one query: the names and titles a page of results refers to. */
export async function rowsById<Row extends { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<Row>,
  ids: string[],
): Promise<Map<string, Row>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await manager
    .getRepository(entity)
    .findBy({ id: In(unique) } as FindOptionsWhere<Row>);
  return new Map(rows.map((row) => [row.id, row]));
}
