import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { parseQuestions, type QuestionFormat, type QuestionImportLimits } from './formats/parse-questions';
import { QuestionImportRejected } from './formats/question-import-rejected.error';
import type { QuestionImportError } from './formats/question-parse-result';
import { QuestionBankService } from './question-bank.service';
import type { QuestionRecord } from './question-record';
import { QuestionWriter } from './question-writer';

export interface QuestionImportCommand {
  bankId: string;
  format: QuestionFormat;
  content: string | Buffer;
}

export interface QuestionImportOutcome {
  questions: QuestionRecord[];
  /** Questions that could not be read, each with the line where it starts. */
  errors: QuestionImportError[];
}

const FORMATS: readonly QuestionFormat[] = ['GIFT', 'MOODLE_XML', 'AIKEN'];

/** Imports GIFT, Moodle XML and Aiken with Moodle's semantics: all readable questions in one transaction, or none. */
@Injectable()
export class QuestionImportService {
  /** The library's defaults (5 MB, 10,000 questions); tests may lower them. */
  limits: QuestionImportLimits = {};

  constructor(
    private readonly banks: QuestionBankService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async import(actor: Actor, command: QuestionImportCommand): Promise<QuestionImportOutcome> {
    const bank = await this.banks.getUsable(actor, command.bankId);
    if (!FORMATS.includes(command.format)) throw DomainError.badInput('format', 'questionBank.importFormatUnknown', { format: command.format });
    let parsed: ReturnType<typeof parseQuestions>;
    try {
      parsed = parseQuestions(command.format, command.content, this.limits);
    } catch (error) {
      if (error instanceof QuestionImportRejected) {
        throw DomainError.badInput('content', error.problem.reason, error.problem.params, {
          importReason: error.reason,
          ...(error.detail ? { detail: error.detail } : {}),
        });
      }
      throw error;
    }
    const questions = await this.dataSource.transaction((manager) =>
      new QuestionWriter(manager).insertQuestions(bank.id, actor.userId, parsed.questions, parsed.categories),
    );
    return { questions, errors: parsed.errors };
  }
}
