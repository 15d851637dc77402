import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { QuestionContent } from './question-content';
import type { QuestionType } from './question-draft';

/** Never updated (a trigger refuses it): attempts keep the version they were drawn with. */
@Entity('question_version')
export class QuestionVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'question_id', type: 'uuid' })
  questionId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 32 })
  type: QuestionType;

  @Column({ type: 'jsonb' })
  content: QuestionContent;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
