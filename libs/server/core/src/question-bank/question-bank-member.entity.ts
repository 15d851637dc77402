import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A co-author of a bank: may read, import, edit and export it like its owner, but not share it. */
@Entity('question_bank_member')
export class QuestionBankMemberEntity {
  @PrimaryColumn({ name: 'bank_id', type: 'uuid' })
  bankId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 16, default: 'CO_AUTHOR' })
  role: 'CO_AUTHOR';

  @Column({ name: 'added_by_id', type: 'uuid', nullable: true })
  addedById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
