import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The entity of a row that `query()` returned with all its columns (`RETURNING *`), converted as TypeORM
 * converts the rows it reads itself: no second read of a row just written.
 */
export function entityOfRow<T extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<T>, row: Record<string, unknown>): T {
  const metadata = dataSource.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    column.setEntityValue(entity, dataSource.driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return entity;
}
