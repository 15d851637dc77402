import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { assertAdminOrManager, assertCanManageOrgPath } from '../access/access-policy';
import type { Actor } from '../access/actor';
import { PasswordResetService } from '../auth/password-reset.service';
import { type AppConfig, publicUrlOf } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { inVietnameseOrder } from '../database/vietnamese-order';
import { DomainError } from '../errors/domain.error';
import { renderActivationSheetPdf } from './activation-sheet-pdf';

/** At most this many cards in one sheet (a district's officials); a larger unit prints its sub-units. */
export const ACTIVATION_SHEET_MAX_PEOPLE = 2000;

/**
 * Officials onboarded with only a phone have no mailbox for a link: the unit manager prints a sheet of
 * one-time activation codes (ACTIVATION_CODE_TTL_DAYS) for the people of a unit's subtree who have a phone,
 * no email and no password yet, and hands each their card. Printing again issues new codes and voids the old.
 */
@Injectable()
export class ActivationSheetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly resets: PasswordResetService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(actor: Actor, orgUnitId: string): Promise<{ pdf: Buffer; count: number; unitCode: string }> {
    assertAdminOrManager(actor);
    const [unit]: Array<{ id: string; code: string; name: string; path: string }> = await this.dataSource.query('SELECT id, code, name, path FROM org_unit WHERE id = $1', [orgUnitId]);
    if (!unit) throw DomainError.notFound('orgUnits.notFound', orgUnitId);
    assertCanManageOrgPath(actor, unit.path);
    const expiresAt = new Date(Date.now() + this.config.ACTIVATION_CODE_TTL_DAYS * 86_400_000);
    const base = publicUrlOf(this.config);
    const entries = await this.dataSource.transaction(async (manager) => {
      const people: Array<{ id: string; full_name: string; phone: string; unit_name: string }> = await manager.query(
        `SELECT u.id, u.full_name, u.phone, o.name AS unit_name
           FROM app_user u JOIN org_unit o ON o.id = u.org_unit_id
          WHERE o.path LIKE $1 AND u.phone IS NOT NULL AND u.email IS NULL AND u.password_hash IS NULL AND u.deactivated_at IS NULL
          ORDER BY ${inVietnameseOrder('o.name')}, ${inVietnameseOrder('u.full_name')}, u.id LIMIT $2 FOR UPDATE OF u`,
        [`${unit.path}%`, ACTIVATION_SHEET_MAX_PEOPLE],
      );
      const printed = [];
      for (const person of people) {
        const code = await this.resets.issueCode(manager, person.id, 'ACTIVATION', expiresAt);
        printed.push({ fullName: person.full_name, unitName: person.unit_name, phone: person.phone, code, activationUrl: `${base}/activate?phone=${encodeURIComponent(person.phone)}` });
      }
      return printed;
    });
    if (entries.length === 0) throw DomainError.conflict('officialImports.nobodyToActivate');
    const pdf = await renderActivationSheetPdf({ unitName: unit.name, activationAddress: `${base}/activate`, expiresAt, entries });
    return { pdf, count: entries.length, unitCode: unit.code };
  }
}
