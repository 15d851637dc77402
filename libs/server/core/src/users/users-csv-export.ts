import { OFFICIAL_IMPORT_COLUMNS } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { BYTE_ORDER_MARK, csvLine } from '../csv/csv-writer';
import { UserEntity } from './user.entity';
import { type UserSearch, UserService } from './user.service';

/**
 * The onboarding columns first, in the onboarding file's order (a file exported, corrected and cut back to
 * them imports again), then what the users page shows besides. Column names are the file format's, not
 * translated, as the onboarding header is.
 */
export const USER_EXPORT_COLUMNS = [...OFFICIAL_IMPORT_COLUMNS, 'org_unit_name', 'roles', 'status', 'created_at'] as const;

/** The people the users page lists with the same filters, as CSV written a batch at a time. */
@Injectable()
export class UsersCsvExport {
  constructor(
    private readonly users: UserService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * The file's chunks: the byte order mark and header, then a chunk per batch of people. The caller's
   * right to list people is checked before the first chunk, so a refusal is an error, not half a file.
   */
  async chunks(actor: Actor, filters: Omit<UserSearch, 'first' | 'after'>): Promise<AsyncGenerator<string>> {
    const batches = this.users.searchAll(actor, filters);
    const first = await batches.next();
    return this.write(first.done ? [] : first.value, batches);
  }

  private async *write(firstBatch: UserEntity[], rest: AsyncGenerator<UserEntity[]>): AsyncGenerator<string> {
    yield BYTE_ORDER_MARK + csvLine(USER_EXPORT_COLUMNS);
    if (firstBatch.length > 0) yield await this.lines(firstBatch);
    for await (const batch of rest) yield await this.lines(batch);
  }

  private async lines(batch: UserEntity[]): Promise<string> {
    const rows: Array<{ id: string; code: string | null; name: string | null; roles: string[] }> = await this.dataSource.query(
      `SELECT u.id, o.code, o.name,
              coalesce((SELECT array_agg(DISTINCT g.role ORDER BY g.role) FROM role_grant g WHERE g.user_id = u.id), '{}') AS roles
         FROM app_user u LEFT JOIN org_unit o ON o.id = u.org_unit_id
        WHERE u.id = ANY($1::uuid[])`,
      [batch.map((user) => user.id)],
    );
    const extra = new Map(rows.map((row) => [row.id, row]));
    return batch
      .map((user) => {
        const more = extra.get(user.id);
        return csvLine([
          user.fullName,
          user.email ?? '',
          user.phone ?? '',
          more?.code ?? '',
          user.audience,
          user.position ?? '',
          more?.name ?? '',
          (more?.roles ?? []).join(' '),
          user.deactivatedAt ? 'DEACTIVATED' : 'ACTIVE',
          user.createdAt.toISOString(),
        ]);
      })
      .join('');
  }
}
