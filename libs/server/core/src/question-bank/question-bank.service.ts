import { isUuid } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { emailKey } from '../users/email-key';
import { findAccountByEmail, findTrainerByEmail } from '../users/find-account-by-email';
import {
  assertCanCreateQuestionBank,
  assertCanShareQuestionBank,
  assertCanUseQuestionBank,
  canLeaveQuestionBank,
  type QuestionBankRole,
  type QuestionBankView,
  questionBankViewFor,
} from './question-bank-access';
import { QuestionBankEntity } from './question-bank.entity';
import { inVietnameseOrder } from '../database/vietnamese-order';

export interface QuestionBankCollaborator {
  userId: string;
  fullName: string;
  email: string | null;
  role: QuestionBankRole;
}

/** Banks, who may use them, and sharing with co-authors. */
@Injectable()
export class QuestionBankService {
  constructor(
    @InjectRepository(QuestionBankEntity) private readonly banks: Repository<QuestionBankEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async create(actor: Actor, command: { title: string }): Promise<QuestionBankView> {
    assertCanCreateQuestionBank(actor);
    const bank = await this.banks.save(this.banks.create({ title: validTitle(command.title), ownerId: actor.userId }));
    return questionBankViewFor(actor, bank, 'OWNER');
  }

  async rename(actor: Actor, bankId: string, title: string): Promise<QuestionBankView> {
    const { bank, role } = await this.withRole(actor, bankId);
    assertCanUseQuestionBank(actor, role);
    bank.title = validTitle(title);
    return questionBankViewFor(actor, await this.banks.save(bank), role);
  }

  /** The bank and what the actor may do to it, when they may use it; NOT_FOUND / FORBIDDEN otherwise. */
  async getView(actor: Actor, bankId: string): Promise<QuestionBankView> {
    const { bank, role } = await this.withRole(actor, bankId);
    assertCanUseQuestionBank(actor, role);
    return questionBankViewFor(actor, bank, role);
  }

  /** The bank, when the actor may read, import into, edit and export it; NOT_FOUND / FORBIDDEN otherwise. */
  async getUsable(actor: Actor, bankId: string): Promise<QuestionBankEntity> {
    const { bank, role } = await this.withRole(actor, bankId);
    assertCanUseQuestionBank(actor, role);
    return bank;
  }

  /** Banks the actor owns or co-authors, by title. */
  async listMine(actor: Actor): Promise<QuestionBankView[]> {
    const banks = await this.banks
      .createQueryBuilder('b')
      .where('b.owner_id = :userId', { userId: actor.userId })
      .orWhere('EXISTS (SELECT 1 FROM question_bank_member m WHERE m.bank_id = b.id AND m.user_id = :userId)')
      .orderBy(inVietnameseOrder('b.title'), 'ASC')
      .addOrderBy('b.id', 'ASC')
      .getMany();
    return banks.map((bank) => questionBankViewFor(actor, bank, bank.ownerId === actor.userId ? 'OWNER' : 'CO_AUTHOR'));
  }

  /** Adds a trainer as co-author; sharing twice with the same person changes nothing. */
  async share(actor: Actor, bankId: string, userEmail: string): Promise<QuestionBankView> {
    const { bank, role } = await this.withRole(actor, bankId);
    assertCanShareQuestionBank(actor, role);
    const user = await findTrainerByEmail(this.dataSource, userEmail, 'userEmail');
    if (user.id === bank.ownerId) throw DomainError.badInput('userEmail', 'questionBank.alreadyOwner');
    await this.dataSource.query(
      `INSERT INTO question_bank_member (bank_id, user_id, added_by_id) VALUES ($1, $2, $3)
       ON CONFLICT (bank_id, user_id) DO NOTHING`,
      [bank.id, user.id, actor.userId],
    );
    return questionBankViewFor(actor, bank, role);
  }

  /**
   * Removes a co-author: the owner (or an administrator) may remove anyone, a co-author only themselves.
   * Removing an address that is not a co-author changes nothing, whether or not an account uses it.
   */
  async unshare(actor: Actor, bankId: string, userEmail: string): Promise<QuestionBankView> {
    const { bank, role } = await this.withRole(actor, bankId);
    if (emailKey(userEmail) === '') throw DomainError.badInput('userEmail', 'questionBank.shareEmailRequired');
    const account = await findAccountByEmail(this.dataSource, userEmail);
    const person = account && (account.id === bank.ownerId || (await this.isMember(bank.id, account.id))) ? account : null;
    const leaving = person?.id === actor.userId && canLeaveQuestionBank(role);
    if (!leaving) assertCanShareQuestionBank(actor, role);
    if (person?.id === bank.ownerId) throw DomainError.badInput('userEmail', 'questionBank.cannotRemoveOwner');
    if (person) await this.dataSource.query('DELETE FROM question_bank_member WHERE bank_id = $1 AND user_id = $2', [bank.id, person.id]);
    return questionBankViewFor(actor, bank, leaving ? null : role);
  }

  /** Owner first, then co-authors by name, for many banks in one query. */
  async collaboratorsOf(bankIds: readonly string[]): Promise<Map<string, QuestionBankCollaborator[]>> {
    const rows: Array<{ bank_id: string; user_id: string; full_name: string; email: string | null; role: QuestionBankRole }> =
      await this.dataSource.query(
        `SELECT b.id AS bank_id, u.id AS user_id, ${inVietnameseOrder('u.full_name')} AS full_name, u.email, 'OWNER' AS role, 0 AS rank
           FROM question_bank b JOIN app_user u ON u.id = b.owner_id WHERE b.id = ANY($1::uuid[])
         UNION ALL
         SELECT m.bank_id, u.id, u.full_name, u.email, m.role, 1
           FROM question_bank_member m JOIN app_user u ON u.id = m.user_id WHERE m.bank_id = ANY($1::uuid[])
         ORDER BY rank, full_name, user_id`,
        [bankIds],
      );
    const byBank = new Map<string, QuestionBankCollaborator[]>(bankIds.map((id) => [id, []]));
    for (const row of rows) {
      byBank.get(row.bank_id)?.push({ userId: row.user_id, fullName: row.full_name, email: row.email, role: row.role });
    }
    return byBank;
  }

  private async withRole(actor: Actor, bankId: string): Promise<{ bank: QuestionBankEntity; role: QuestionBankRole | null }> {
    if (!isUuid(bankId)) throw DomainError.notFound('questionBank.notFound', bankId);
    const bank = await this.banks.findOne({ where: { id: bankId } });
    if (!bank) throw DomainError.notFound('questionBank.notFound', bankId);
    if (bank.ownerId === actor.userId) return { bank, role: 'OWNER' };
    return { bank, role: (await this.isMember(bank.id, actor.userId)) ? 'CO_AUTHOR' : null };
  }

  private async isMember(bankId: string, userId: string): Promise<boolean> {
    const [{ member }]: Array<{ member: boolean }> = await this.dataSource.query(
      'SELECT EXISTS (SELECT 1 FROM question_bank_member WHERE bank_id = $1 AND user_id = $2) AS member',
      [bankId, userId],
    );
    return member;
  }
}

function validTitle(raw: string): string {
  const title = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (title === '') throw DomainError.badInput('title', 'questionBank.titleRequired');
  if (title.length > 255) throw DomainError.badInput('title', 'questionBank.titleTooLong', { max: 255 });
  return title;
}

