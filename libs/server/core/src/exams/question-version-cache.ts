import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { QuestionContent } from '../question-bank/question-content';
import type { QuestionType } from '../question-bank/question-draft';

/** The frozen content of one question version, as attempts show and grade it. */
export interface FrozenQuestion {
  type: QuestionType;
  content: QuestionContent;
}

/** Enough for every question of a few hundred large exams; an evicted version costs one indexed read. */
const CAPACITY = 5000;

/**
 * Question versions are immutable (a trigger refuses any update), so what was read once stays true: the
 * thousands of attempts of one exam share the few hundred versions they draw from, read once per process.
 */
@Injectable()
export class QuestionVersionCache {
  private readonly entries = new Map<string, FrozenQuestion>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(versionIds: Iterable<string>, manager: EntityManager = this.dataSource.manager): Promise<Map<string, FrozenQuestion>> {
    const found = new Map<string, FrozenQuestion>();
    const missing: string[] = [];
    for (const id of new Set(versionIds)) {
      const cached = this.entries.get(id);
      if (cached) {
        this.entries.delete(id);
        this.entries.set(id, cached);
        found.set(id, cached);
      } else {
        missing.push(id);
      }
    }
    if (missing.length > 0) {
      const rows: Array<{ id: string; type: QuestionType; content: QuestionContent }> = await manager.query(
        'SELECT id, type, content FROM question_version WHERE id = ANY($1::uuid[])',
        [missing],
      );
      for (const row of rows) {
        const frozen = { type: row.type, content: row.content };
        found.set(row.id, frozen);
        this.remember(row.id, frozen);
      }
    }
    return found;
  }

  private remember(id: string, frozen: FrozenQuestion): void {
    this.entries.set(id, frozen);
    if (this.entries.size > CAPACITY) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}
