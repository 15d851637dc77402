import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** "Draw `count` random questions from this category (its subcategories included), or from the whole bank." */
@Entity('exam_rule')
export class ExamRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'exam_id', type: 'uuid' })
  examId: string;

  @Column({ type: 'int' })
  position: number;

  /** Null: the whole bank. */
  @Column({ name: 'category_id', type: 'uuid', nullable: true })
  categoryId: string | null;

  @Column({ type: 'int' })
  count: number;

  /** Points of each drawn question; null: the question's own default points. */
  @Column({ type: 'real', nullable: true })
  points: number | null;
}
