import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Audience, Role } from '@hocso/contracts';
import { type DataSource, type EntityManager, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import { assertAdminOrManager } from '../access/access-policy';
import { type Actor, isAdmin, managedPaths } from '../access/actor';
import { inVietnameseOrder } from '../database/vietnamese-order';
import { DomainError } from '../errors/domain.error';
import { writePlacementChanged } from '../outbox/placement-changed';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { Keyset } from '../pagination/keyset';
import { type Page, pageOf, pageSize } from '../pagination/page';
import { RoleGrantEntity } from './role-grant.entity';
import {
  assertCanGrantRole,
  assertCanManageAccount,
  assertCanPlaceIn,
  assertCanRevokeGrant,
  type ManagedAccount,
} from './user-access';
import { normaliseEmail, normaliseFullName, normalisePhone, normalisePosition } from './user-input-rules';
import { heldWithoutConfirmedEmail } from './unconfirmed-holder';
import { UserEntity } from './user.entity';
import { isUniqueViolation } from '../database/unique-violation';
import { escapeLike, searchWordsOf } from './user-search-words';

export interface UserSearch {
  search?: string | null;
  orgUnitId?: string | null;
  role?: Role | null;
  /** true: only deactivated accounts; false: only active ones; null: both. */
  deactivated?: boolean | null;
  first?: number | null;
  after?: string | null;
}

/** People are listed by name in Vietnamese order, then id. */
const BY_NAME = new Keyset<UserEntity>([
  { sql: inVietnameseOrder('u.full_name'), type: 'text', valueOf: (user) => user.fullName },
  { sql: 'u.id', type: 'uuid', valueOf: (user) => user.id },
]);

export const USER_PAGE_SIZES = { default: 20, max: 100 } as const;

/** What a person edits of their own account; their unit and audience are set by others (MembershipChanges). */
export interface ProfileChanges {
  fullName?: string | null;
  phone?: string | null;
  position?: string | null;
}

/** What an administrator or unit manager edits of someone's account; a field left undefined is kept. */
export interface AccountDetailChanges extends ProfileChanges {
  email?: string | null;
}

/** Where a person belongs: given by administrators, and by unit managers inside their subtree. */
export interface MembershipChanges {
  /** undefined keeps the unit; null takes the person out of every unit (administrators only). */
  orgUnitId?: string | null;
  audience?: Audience | null;
}

@Injectable()
export class UserService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(RoleGrantEntity) private readonly grants: Repository<RoleGrantEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id } });
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.users.find({ where: { id: In([...ids]) } });
  }

  async getVisible(actor: Actor, id: string): Promise<UserEntity> {
    const user = await this.findById(id);
    if (!user) throw DomainError.notFound('users.notFound', id);
    if (user.id !== actor.userId) assertCanManageAccount(actor, await this.accountOf(user));
    return user;
  }

  /** Role grants of many users in one query, keyed by user id. */
  async grantsOf(userIds: readonly string[]): Promise<Map<string, RoleGrantEntity[]>> {
    const rows = userIds.length === 0 ? [] : await this.grants.find({ where: { userId: In([...userIds]) }, order: { createdAt: 'ASC' } });
    const byUser = new Map<string, RoleGrantEntity[]>(userIds.map((id) => [id, []]));
    for (const row of rows) byUser.get(row.userId)?.push(row);
    return byUser;
  }

  /** A page of the people the actor looks after, matching the filters, in Vietnamese order of their names. */
  async search(actor: Actor, query: UserSearch): Promise<Page<UserEntity>> {
    const first = pageSize(query.first, USER_PAGE_SIZES);
    const qb = await this.filtered(actor, query);
    const totalCount = await qb.getCount();
    return pageOf(await this.pageAfter(qb, query.after, first + 1), first, totalCount, BY_NAME, (user) => user);
  }

  /**
   * Every person the same filters list, a batch at a time (each batch one keyset query: no connection is held
   * between batches, so an export of the whole province neither locks nor pins anything).
   */
  async *searchAll(actor: Actor, query: Omit<UserSearch, 'first' | 'after'>, batchSize = 500): AsyncGenerator<UserEntity[]> {
    let after: string | undefined;
    for (;;) {
      const batch = await this.pageAfter(await this.filtered(actor, query), after, batchSize);
      if (batch.length > 0) yield batch;
      if (batch.length < batchSize) return;
      after = BY_NAME.cursorOf(batch[batch.length - 1]);
    }
  }

  /** The signed-in person's own name, phone and position. */
  async updateProfile(actor: Actor, changes: ProfileChanges): Promise<UserEntity> {
    const user = await this.getVisible(actor, actor.userId);
    // The holder's own number is theirs to be sent codes at once.
    if (applyProfileChanges(user, changes)) user.phoneChangedAt = null;
    return this.savePhoneChecked(user);
  }

  /**
   * Someone's name, email, phone and position: administrators, and unit managers inside their subtree. An
   * email they write is unconfirmed until its owner confirms it (AccountAdministrationService mails them), and a
   * phone they write gets no reset code until a code is used from it (edited-phone.ts).
   */
  async updateDetails(actor: Actor, userId: string, changes: AccountDetailChanges, manager: EntityManager = this.dataSource.manager): Promise<UserEntity> {
    const user = await this.managedUser(actor, userId, manager);
    if (applyProfileChanges(user, changes)) user.phoneChangedAt = user.phone === null ? null : new Date();
    if (changes.email !== undefined && changes.email !== null) {
      const email = normaliseEmail(changes.email);
      if (email !== user.email) {
        await this.assertEmailFree(email, manager);
        user.email = email;
        user.emailVerifiedAt = null;
        user.emailChangedAt = new Date();
      }
    }
    return this.savePhoneChecked(user, manager);
  }

  /**
   * Places a person in an org unit and audience. Administrators: anyone, anywhere. Unit managers: people
   * of their subtree, into units of their subtree. Never an account held without a confirmed email.
   */
  async updateMembership(actor: Actor, userId: string, changes: MembershipChanges): Promise<UserEntity> {
    const user = await this.managedUser(actor, userId);
    await this.assertMayBeGivenMore(user.id);
    const previous = { orgUnitId: user.orgUnitId, audience: user.audience };
    if (changes.orgUnitId !== undefined) {
      const unit = changes.orgUnitId === null ? null : await this.orgUnit(changes.orgUnitId);
      assertCanPlaceIn(actor, unit?.path ?? null);
      user.orgUnitId = unit?.id ?? null;
    }
    const placed = user.orgUnitId !== previous.orgUnitId || (changes.audience ? changes.audience !== previous.audience : false);
    if (changes.audience) user.audience = changes.audience;
    if (!placed) return this.users.save(user);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(user);
      await writePlacementChanged(manager, user.id, [user.id]);
      return saved;
    });
  }

  async grantRole(actor: Actor, userId: string, role: Role, orgUnitId: string | null | undefined): Promise<UserEntity> {
    assertAdminOrManager(actor);
    const user = await this.findById(userId);
    if (!user) throw DomainError.notFound('users.notFound', userId);
    const scope = await this.roleScope(role, orgUnitId);
    assertCanGrantRole(actor, await this.accountOf(user), role, scope?.path ?? null);
    await this.assertMayBeGivenMore(user.id);
    await this.addGrant(this.dataSource.manager, userId, role, scope?.id ?? null);
    return user;
  }

  async revokeRole(actor: Actor, userId: string, role: Role, orgUnitId: string | null | undefined): Promise<UserEntity> {
    assertAdminOrManager(actor);
    const user = await this.findById(userId);
    if (!user) throw DomainError.notFound('users.notFound', userId);
    const scope = await this.roleScope(role, orgUnitId);
    assertCanRevokeGrant(actor, await this.accountOf(user), { role, orgUnitPath: scope?.path ?? null });
    await this.dataSource.query(
      `DELETE FROM role_grant WHERE user_id = $1 AND role = $2 AND org_unit_id IS NOT DISTINCT FROM $3`,
      [userId, role, scope?.id ?? null],
    );
    return user;
  }

  async addGrant(manager: EntityManager, userId: string, role: Role, orgUnitId: string | null = null): Promise<void> {
    await manager.query(
      `INSERT INTO role_grant (user_id, role, org_unit_id) VALUES ($1, $2, $3)
       ON CONFLICT ON CONSTRAINT role_grant_unique DO NOTHING`,
      [userId, role, orgUnitId],
    );
  }

  /** The account as the access rules see it: its unit's path, whether it holds ADMIN, whether it is deactivated. */
  async accountOf(user: UserEntity, manager: EntityManager = this.dataSource.manager): Promise<ManagedAccount> {
    const [row]: Array<{ path: string | null; holds_admin: boolean }> = await manager.query(
      `SELECT (SELECT o.path FROM org_unit o WHERE o.id = $2) AS path,
              EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = $1 AND g.role = 'ADMIN') AS holds_admin`,
      [user.id, user.orgUnitId],
    );
    return managedAccount(user, row.path, row.holds_admin);
  }

  /** A user the actor may administer, or NOT_FOUND / FORBIDDEN. */
  async managedUser(actor: Actor, userId: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity> {
    assertAdminOrManager(actor);
    const user = await manager.findOne(UserEntity, { where: { id: userId } });
    if (!user) throw DomainError.notFound('users.notFound', userId);
    assertCanManageAccount(actor, await this.accountOf(user, manager));
    return user;
  }

  /** Saves the account; CONFLICT on `phone` when another account uses its number. */
  private async savePhoneChecked(user: UserEntity, manager?: EntityManager): Promise<UserEntity> {
    try {
      return await (manager ? manager.save(user) : this.users.save(user));
    } catch (error) {
      if (isUniqueViolation(error, 'app_user_phone_key')) throw DomainError.conflict('users.phoneTaken', 'phone');
      throw error;
    }
  }

  /** CONFLICT on `email` when another account uses the address. */
  async assertEmailFree(email: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (await manager.exists(UserEntity, { where: { email } })) throw DomainError.conflict('users.emailTaken', 'email', { email });
  }

  /** The unit with this id, or NOT_FOUND. */
  async orgUnit(orgUnitId: string): Promise<OrgUnitEntity> {
    const unit = await this.dataSource.getRepository(OrgUnitEntity).findOne({ where: { id: orgUnitId } });
    if (!unit) throw DomainError.notFound('orgUnits.notFound', orgUnitId);
    return unit;
  }

  private async filtered(actor: Actor, query: Omit<UserSearch, 'first' | 'after'>): Promise<SelectQueryBuilder<UserEntity>> {
    assertAdminOrManager(actor);
    const qb = this.users.createQueryBuilder('u').leftJoin(OrgUnitEntity, 'o', 'o.id = u.org_unit_id');
    if (!isAdmin(actor)) {
      qb.andWhere('o.path LIKE ANY(:managed)', { managed: managedPaths(actor).map((p) => `${p}%`) });
      // Unit managers do not look after administrators (see canManageAccount).
      qb.andWhere(`NOT EXISTS (SELECT 1 FROM role_grant a WHERE a.user_id = u.id AND a.role = 'ADMIN')`);
    }
    // Every word must appear in the name, email or phone, accents and case aside ("nguyen" finds "Nguyễn").
    searchWordsOf(query.search).forEach((word, index) => {
      qb.andWhere(`u.search_text LIKE '%' || lower(f_unaccent(:word${index})) || '%'`, { [`word${index}`]: escapeLike(word) });
    });
    if (query.orgUnitId) {
      const unit = await this.orgUnit(query.orgUnitId);
      qb.andWhere('o.path LIKE :unitPath', { unitPath: `${unit.path}%` });
    }
    if (query.role) {
      qb.andWhere('EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.role = :role)', { role: query.role });
    }
    if (query.deactivated === true) qb.andWhere('u.deactivated_at IS NOT NULL');
    if (query.deactivated === false) qb.andWhere('u.deactivated_at IS NULL');
    return qb;
  }

  private async pageAfter(qb: SelectQueryBuilder<UserEntity>, after: string | null | undefined, limit: number): Promise<UserEntity[]> {
    if (after) {
      const cursor: Record<string, unknown> = {};
      const condition = BY_NAME.after(after, (value) => {
        const name = `after${Object.keys(cursor).length}`;
        cursor[name] = value;
        return `:${name}`;
      });
      qb.andWhere(condition, cursor);
    }
    for (const [sql, direction] of BY_NAME.orderings()) qb.addOrderBy(sql, direction);
    return qb.limit(limit).getMany();
  }

  /** Someone may hold a password of an unconfirmed self-registration: such an account is given nothing more. */
  private async assertMayBeGivenMore(userId: string): Promise<void> {
    const [{ unconfirmed }]: Array<{ unconfirmed: boolean }> = await this.dataSource.query(
      `SELECT ${heldWithoutConfirmedEmail('u')} AS unconfirmed FROM app_user u WHERE u.id = $1`,
      [userId],
    );
    if (unconfirmed) throw DomainError.conflict('account.emailNotConfirmed');
  }

  private async roleScope(role: Role, orgUnitId: string | null | undefined): Promise<OrgUnitEntity | null> {
    if (role !== 'UNIT_MANAGER') {
      if (orgUnitId) throw DomainError.badInput('orgUnitId', 'users.roleNotScoped', { role });
      return null;
    }
    if (!orgUnitId) throw DomainError.badInput('orgUnitId', 'users.managerNeedsUnit');
    return this.orgUnit(orgUnitId);
  }
}

/** The account as the access rules see it, from what is already loaded. */
export function managedAccount(user: Pick<UserEntity, 'id' | 'deactivatedAt'>, orgUnitPath: string | null, holdsAdmin: boolean): ManagedAccount {
  return { userId: user.id, orgUnitPath, holdsAdmin, deactivated: user.deactivatedAt !== null };
}

/** Applies the changes; answers whether the phone changed. */
function applyProfileChanges(user: UserEntity, changes: ProfileChanges): boolean {
  if (changes.fullName !== undefined && changes.fullName !== null) user.fullName = normaliseFullName(changes.fullName);
  let phoneChanged = false;
  if (changes.phone !== undefined) {
    const phone = normalisePhone(changes.phone);
    if (phone !== user.phone) {
      // A new number is not proven until a code sent to it is used.
      user.phone = phone;
      user.phoneVerifiedAt = null;
      phoneChanged = true;
    }
  }
  if (changes.position !== undefined) user.position = normalisePosition(changes.position);
  return phoneChanged;
}

