import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QUESTION_BANK_ENTITIES } from './question-bank-entities';
import { QuestionBankService } from './question-bank.service';
import { QuestionExportService } from './question-export.service';
import { QuestionFileService } from './question-file.service';
import { QuestionImportService } from './question-import.service';
import { QuestionService } from './question.service';

const SERVICES = [QuestionBankService, QuestionService, QuestionImportService, QuestionExportService, QuestionFileService];

@Module({
  imports: [TypeOrmModule.forFeature(QUESTION_BANK_ENTITIES)],
  providers: SERVICES,
  exports: SERVICES,
})
export class QuestionBankModule {}
