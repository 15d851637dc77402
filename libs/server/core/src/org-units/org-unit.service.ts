import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type DataSource, In, type Repository } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { assertCanChangeOrgTree } from './org-unit-access';
import { OrgUnitEntity } from './org-unit.entity';
import { inVietnameseOrder } from '../database/vietnamese-order';

export interface CreateOrgUnitCommand {
  code: string;
  name: string;
  kind: string;
  parentId?: string | null;
}

const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_.-]{0,63}$/;
const KIND_PATTERN = /^[A-Z][A-Z0-9_]{0,63}$/;

@Injectable()
export class OrgUnitService {
  constructor(
    @InjectRepository(OrgUnitEntity) private readonly units: Repository<OrgUnitEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  children(parentId: string | null): Promise<OrgUnitEntity[]> {
    const qb = this.units.createQueryBuilder('o');
    if (parentId) qb.where('o.parent_id = :parentId', { parentId });
    else qb.where('o.parent_id IS NULL');
    return qb.orderBy(inVietnameseOrder('o.name')).addOrderBy('o.id').getMany();
  }

  findById(id: string): Promise<OrgUnitEntity | null> {
    return this.units.findOne({ where: { id } });
  }

  findByIds(ids: readonly string[]): Promise<OrgUnitEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.units.find({ where: { id: In([...ids]) } });
  }

  findByCodes(codes: readonly string[]): Promise<OrgUnitEntity[]> {
    return codes.length === 0 ? Promise.resolve([]) : this.units.find({ where: { code: In([...codes]) } });
  }

  async getById(id: string): Promise<OrgUnitEntity> {
    const unit = await this.findById(id);
    if (!unit) throw DomainError.notFound('orgUnits.notFound', id);
    return unit;
  }

  /** Ancestors from the root down to the unit itself. */
  async pathOf(unit: OrgUnitEntity): Promise<OrgUnitEntity[]> {
    const ids = unit.path.split('/').filter(Boolean);
    const found = await this.findByIds(ids);
    const byId = new Map(found.map((u) => [u.id, u]));
    return ids.map((id) => byId.get(id)).filter((u): u is OrgUnitEntity => u !== undefined);
  }

  async create(actor: Actor, command: CreateOrgUnitCommand): Promise<OrgUnitEntity> {
    assertCanChangeOrgTree(actor);
    const code = command.code.trim().toUpperCase();
    if (!CODE_PATTERN.test(code)) {
      throw DomainError.badInput('code', 'orgUnits.codeInvalid');
    }
    const kind = command.kind.trim().toUpperCase();
    if (!KIND_PATTERN.test(kind)) throw DomainError.badInput('kind', 'orgUnits.kindInvalid');
    const name = this.validName(command.name);
    return this.dataSource.transaction(async (manager) => {
      const parent = command.parentId ? await manager.findOne(OrgUnitEntity, { where: { id: command.parentId } }) : null;
      if (command.parentId && !parent) throw DomainError.notFound('orgUnits.parentNotFound', command.parentId);
      if (await manager.exists(OrgUnitEntity, { where: { code } })) {
        throw DomainError.conflict('orgUnits.codeTaken', 'code', { code });
      }
      const unit = manager.create(OrgUnitEntity, { code, name, kind, parentId: parent?.id ?? null, path: '' });
      const saved = await manager.save(unit);
      saved.path = `${parent?.path ?? '/'}${saved.id}/`;
      await manager.update(OrgUnitEntity, { id: saved.id }, { path: saved.path });
      return saved;
    });
  }

  async rename(actor: Actor, id: string, rawName: string): Promise<OrgUnitEntity> {
    assertCanChangeOrgTree(actor);
    const name = this.validName(rawName);
    const unit = await this.getById(id);
    unit.name = name;
    return this.units.save(unit);
  }

  /** Moves a unit (and its whole subtree) under a new parent; null makes it a root. */
  async move(actor: Actor, id: string, newParentId: string | null): Promise<OrgUnitEntity> {
    assertCanChangeOrgTree(actor);
    return this.dataSource.transaction(async (manager) => {
      const unit = await manager.findOne(OrgUnitEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!unit) throw DomainError.notFound('orgUnits.notFound', id);
      const parent = newParentId ? await manager.findOne(OrgUnitEntity, { where: { id: newParentId } }) : null;
      if (newParentId && !parent) throw DomainError.notFound('orgUnits.parentNotFound', newParentId);
      if (parent && parent.path.startsWith(unit.path)) {
        throw DomainError.badInput('parentId', 'orgUnits.cannotMoveUnderItself');
      }
      const oldPath = unit.path;
      const newPath = `${parent?.path ?? '/'}${unit.id}/`;
      await manager.query(
        `UPDATE org_unit SET path = $2 || substr(path, length($1) + 1), updated_at = now()
          WHERE path LIKE $1 || '%'`,
        [oldPath, newPath],
      );
      await manager.update(OrgUnitEntity, { id }, { parentId: parent?.id ?? null });
      return (await manager.findOne(OrgUnitEntity, { where: { id } })) as OrgUnitEntity;
    });
  }

  async delete(actor: Actor, id: string): Promise<void> {
    assertCanChangeOrgTree(actor);
    await this.dataSource.transaction(async (manager) => {
      const unit = await manager.findOne(OrgUnitEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!unit) throw DomainError.notFound('orgUnits.notFound', id);
      const [{ children, people }] = await manager.query(
        `SELECT (SELECT count(*)::int FROM org_unit WHERE parent_id = $1) AS children,
                (SELECT count(*)::int FROM app_user WHERE org_unit_id = $1) AS people`,
        [id],
      );
      if (children > 0 || people > 0) {
        throw DomainError.conflict('orgUnits.notEmpty', undefined, { name: unit.name, children, members: people });
      }
      await manager.delete(OrgUnitEntity, { id });
    });
  }

  /** Sub-unit and member counts for many units in one query each. */
  async countsFor(ids: readonly string[]): Promise<Map<string, { children: number; members: number }>> {
    const rows: Array<{ id: string; children: number; members: number }> = await this.dataSource.query(
      `SELECT u.id,
              (SELECT count(*)::int FROM org_unit c WHERE c.parent_id = u.id) AS children,
              (SELECT count(*)::int FROM app_user p WHERE p.org_unit_id = u.id) AS members
         FROM org_unit u WHERE u.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, { children: row.children, members: row.members }]));
  }

  async childrenOfMany(parentIds: readonly string[]): Promise<Map<string, OrgUnitEntity[]>> {
    const rows = await this.units
      .createQueryBuilder('o')
      .where('o.parent_id = ANY(:parentIds)', { parentIds: [...parentIds] })
      .orderBy(inVietnameseOrder('o.name'))
      .addOrderBy('o.id')
      .getMany();
    const byParent = new Map<string, OrgUnitEntity[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) byParent.get(row.parentId as string)?.push(row);
    return byParent;
  }

  private validName(raw: string): string {
    const name = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (name.length === 0) throw DomainError.badInput('name', 'orgUnits.nameEmpty');
    if (name.length > 255) throw DomainError.badInput('name', 'orgUnits.nameTooLong', { max: 255 });
    return name;
  }
}
