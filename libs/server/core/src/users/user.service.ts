import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Audience, Role } from '@hocso/contracts';
import { type DataSource, type EntityManager, In, type Repository } from 'typeorm';
import { assertAdminOrManager, assertCanManageOrgPath } from '../access/access-policy';
import { type Actor, isAdmin, managedPaths } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { writePlacementChanged } from '../outbox/placement-changed';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { Keyset } from '../pagination/keyset';
import { type Page, pageOf, pageSize } from '../pagination/page';
import { RoleGrantEntity } from './role-grant.entity';
import { assertCanEditMembership, assertCanManageRoles } from './user-access';
import { normaliseFullName, normalisePhone } from './user-input-rules';
import { heldWithoutConfirmedEmail } from './unconfirmed-holder';
import { UserEntity } from './user.entity';
import { isUniqueViolation } from '../database/unique-violation';

export interface UserSearch {
  search?: string | null;
  orgUnitId?: string | null;
  role?: Role | null;
  first?: number | null;
  after?: string | null;
}

/** People are listed by name. */
const BY_NAME = new Keyset<UserEntity>([
  { sql: 'u.full_name', type: 'text', valueOf: (user) => user.fullName },
  { sql: 'u.id', type: 'uuid', valueOf: (user) => user.id },
]);

/** What a person edits of their own account; their unit and audience are set by others (MembershipChanges). */
export interface ProfileChanges {
  fullName?: string | null;
  phone?: string | null;
  position?: string | null;
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
    if (user.id !== actor.userId) await this.assertCanManageUser(actor, user);
    return user;
  }

  /** Role grants of many users in one query, keyed by user id. */
  async grantsOf(userIds: readonly string[]): Promise<Map<string, RoleGrantEntity[]>> {
    const rows = userIds.length === 0 ? [] : await this.grants.find({ where: { userId: In([...userIds]) }, order: { createdAt: 'ASC' } });
    const byUser = new Map<string, RoleGrantEntity[]>(userIds.map((id) => [id, []]));
    for (const row of rows) byUser.get(row.userId)?.push(row);
    return byUser;
  }

  async search(actor: Actor, query: UserSearch): Promise<Page<UserEntity>> {
    assertAdminOrManager(actor);
    const first = pageSize(query.first, { default: 20, max: 100 });
    const qb = this.users.createQueryBuilder('u').leftJoin(OrgUnitEntity, 'o', 'o.id = u.org_unit_id');
    if (!isAdmin(actor)) {
      const paths = managedPaths(actor);
      qb.andWhere('o.path LIKE ANY(:managed)', { managed: paths.map((p) => `${p}%`) });
    }
    if (query.search?.trim()) {
      const term = `%${query.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(u.full_name ILIKE :term OR u.email ILIKE :term OR u.phone ILIKE :term)', { term });
    }
    if (query.orgUnitId) {
      const unit = await this.dataSource.getRepository(OrgUnitEntity).findOne({ where: { id: query.orgUnitId } });
      if (!unit) throw DomainError.notFound('orgUnits.notFound', query.orgUnitId);
      qb.andWhere('o.path LIKE :unitPath', { unitPath: `${unit.path}%` });
    }
    if (query.role) {
      qb.andWhere('EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.role = :role)', { role: query.role });
    }
    const totalCount = await qb.getCount();
    if (query.after) {
      const cursor: Record<string, unknown> = {};
      const condition = BY_NAME.after(query.after, (value) => {
        const name = `after${Object.keys(cursor).length}`;
        cursor[name] = value;
        return `:${name}`;
      });
      qb.andWhere(condition, cursor);
    }
    for (const [sql, direction] of BY_NAME.orderings()) qb.addOrderBy(sql, direction);
    const rows = await qb.limit(first + 1).getMany();
    return pageOf(rows, first, totalCount, BY_NAME, (user) => user);
  }

  /** The signed-in person's own name, phone and position. */
  async updateProfile(actor: Actor, changes: ProfileChanges): Promise<UserEntity> {
    const user = await this.getVisible(actor, actor.userId);
    if (changes.fullName !== undefined && changes.fullName !== null) user.fullName = normaliseFullName(changes.fullName);
    if (changes.phone !== undefined) {
      const phone = normalisePhone(changes.phone);
      if (phone !== user.phone) {
        // A new number is not proven until a code sent to it is used.
        user.phone = phone;
        user.phoneVerifiedAt = null;
      }
    }
    if (changes.position !== undefined) user.position = changes.position?.trim().slice(0, 200) || null;
    try {
      return await this.users.save(user);
    } catch (error) {
      if (isUniqueViolation(error, 'app_user_phone_key')) throw DomainError.conflict('users.phoneTaken', 'phone');
      throw error;
    }
  }

  /**
   * Places a person in an org unit and audience. Administrators: anyone, anywhere. Unit managers: people
   * of their subtree, into units of their subtree. Never an account held without a confirmed email.
   */
  async updateMembership(actor: Actor, userId: string, changes: MembershipChanges): Promise<UserEntity> {
    assertAdminOrManager(actor);
    const user = await this.findById(userId);
    if (!user) throw DomainError.notFound('users.notFound', userId);
    assertCanEditMembership(actor, await this.orgUnitPathOf(user));
    await this.assertMayBeGivenMore(user.id);
    const previous = { orgUnitId: user.orgUnitId, audience: user.audience };
    if (changes.orgUnitId !== undefined) {
      if (changes.orgUnitId === null) {
        assertCanManageOrgPath(actor, null);
        user.orgUnitId = null;
      } else {
        const unit = await this.dataSource.getRepository(OrgUnitEntity).findOne({ where: { id: changes.orgUnitId } });
        if (!unit) throw DomainError.notFound('orgUnits.notFound', changes.orgUnitId);
        assertCanManageOrgPath(actor, unit.path);
        user.orgUnitId = unit.id;
      }
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
    assertCanManageRoles(actor);
    const user = await this.findById(userId);
    if (!user) throw DomainError.notFound('users.notFound', userId);
    if (role !== 'LEARNER') await this.assertMayBeGivenMore(user.id);
    const scope = await this.roleScope(role, orgUnitId);
    await this.dataSource.query(
      `INSERT INTO role_grant (user_id, role, org_unit_id) VALUES ($1, $2, $3)
       ON CONFLICT ON CONSTRAINT role_grant_unique DO NOTHING`,
      [userId, role, scope],
    );
    return user;
  }

  async revokeRole(actor: Actor, userId: string, role: Role, orgUnitId: string | null | undefined): Promise<UserEntity> {
    assertCanManageRoles(actor);
    const user = await this.findById(userId);
    if (!user) throw DomainError.notFound('users.notFound', userId);
    if (role === 'ADMIN' && userId === actor.userId) {
      throw DomainError.conflict('users.cannotRemoveOwnAdminRole');
    }
    const scope = await this.roleScope(role, orgUnitId);
    await this.dataSource.query(
      `DELETE FROM role_grant WHERE user_id = $1 AND role = $2 AND org_unit_id IS NOT DISTINCT FROM $3`,
      [userId, role, scope],
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

  /** Someone may hold a password of an unconfirmed self-registration: such an account is given nothing more. */
  private async assertMayBeGivenMore(userId: string): Promise<void> {
    const [{ unconfirmed }]: Array<{ unconfirmed: boolean }> = await this.dataSource.query(
      `SELECT ${heldWithoutConfirmedEmail('u')} AS unconfirmed FROM app_user u WHERE u.id = $1`,
      [userId],
    );
    if (unconfirmed) throw DomainError.conflict('account.emailNotConfirmed');
  }

  async assertCanManageUser(actor: Actor, user: UserEntity): Promise<void> {
    if (isAdmin(actor)) return;
    assertCanManageOrgPath(actor, await this.orgUnitPathOf(user));
  }

  private async orgUnitPathOf(user: UserEntity): Promise<string | null> {
    if (!user.orgUnitId) return null;
    return (await this.dataSource.getRepository(OrgUnitEntity).findOne({ where: { id: user.orgUnitId } }))?.path ?? null;
  }

  private async roleScope(role: Role, orgUnitId: string | null | undefined): Promise<string | null> {
    if (role !== 'UNIT_MANAGER') {
      if (orgUnitId) throw DomainError.badInput('orgUnitId', 'users.roleNotScoped', { role });
      return null;
    }
    if (!orgUnitId) throw DomainError.badInput('orgUnitId', 'users.managerNeedsUnit');
    const unit = await this.dataSource.getRepository(OrgUnitEntity).findOne({ where: { id: orgUnitId } });
    if (!unit) throw DomainError.notFound('orgUnits.notFound', orgUnitId);
    return unit.id;
  }
}
