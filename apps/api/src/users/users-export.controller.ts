import { once } from 'node:events';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { isUuid, type Role, ROLES } from '@hocso/contracts';
import { type Actor, DomainError, type UserSearch, UsersCsvExport } from '@hocso/server-core';
import type { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import { TEXT_BOUNDS } from '../graphql/text-bounds';

type ExportQuery = Partial<Record<'search' | 'orgUnitId' | 'role' | 'deactivated', unknown>>;

/**
 * The people `users` lists with the same filters, as a CSV download (UTF-8 with a byte order mark, formula-safe),
 * streamed a batch at a time; the same right as listing them. Needs `Authorization: Bearer <accessToken>`.
 */
@Controller('users')
export class UsersExportController {
  constructor(private readonly exporter: UsersCsvExport) {}

  @Get('export.csv')
  async export(@CurrentActor() actor: Actor, @Query() query: ExportQuery, @Res() res: Response): Promise<void> {
    const chunks = await this.exporter.chunks(actor, filtersOf(query));
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="nguoi-dung.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    for await (const chunk of chunks) {
      // A download abandoned half-way stops reading the database.
      if (res.destroyed) return;
      if (!res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
    }
    res.end();
  }
}

function filtersOf(query: ExportQuery): Omit<UserSearch, 'first' | 'after'> {
  const text = (name: keyof ExportQuery, accepts: (value: string) => boolean): string | null => {
    const value = query[name];
    if (value === undefined || value === '') return null;
    if (typeof value !== 'string' || !accepts(value)) throw DomainError.badInput(name, 'users.exportParameterInvalid', { name });
    return value;
  };
  const deactivated = text('deactivated', (value) => value === 'true' || value === 'false');
  return {
    search: text('search', (value) => value.length <= TEXT_BOUNDS.search),
    orgUnitId: text('orgUnitId', isUuid),
    role: text('role', (value) => (ROLES as readonly string[]).includes(value)) as Role | null,
    deactivated: deactivated === null ? null : deactivated === 'true',
  };
}
