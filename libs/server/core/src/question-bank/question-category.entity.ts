import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TextFormat } from './question-draft';

@Entity('question_category')
export class QuestionCategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'bank_id', type: 'uuid' })
  bankId: string;

  /** `top/Kỹ năng số/An toàn thông tin`; a `/` inside a name is written `//`. */
  @Column({ type: 'text' })
  path: string;

  /** The path split into names (`//` turned back into `/`): a subtree is an array-prefix match. */
  @Column({ type: 'text', array: true })
  segments: string[];

  @Column({ type: 'text', default: '' })
  info: string;

  @Column({ name: 'info_format', type: 'varchar', length: 16, default: 'moodle' })
  infoFormat: TextFormat;

  @Column({ name: 'id_number', type: 'varchar', length: 100, nullable: true })
  idNumber: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
