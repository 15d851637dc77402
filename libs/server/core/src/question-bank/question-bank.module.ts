import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QuestionBankMemberEntity } from './question-bank-member.entity';
import { QuestionBankEntity } from './question-bank.entity';
import { QuestionBankService } from './question-bank.service';
import { QuestionCategoryEntity } from './question-category.entity';
import { QuestionExportService } from './question-export.service';
import { QuestionFileEntity } from './question-file.entity';
import { QuestionFileService } from './question-file.service';
import { QuestionImportService } from './question-import.service';
import { QuestionVersionEntity } from './question-version.entity';
import { QuestionEntity } from './question.entity';
import { QuestionService } from './question.service';

const SERVICES = [QuestionBankService, QuestionService, QuestionImportService, QuestionExportService, QuestionFileService];

@Module({
  imports: [
    TypeOrmModule.forFeature([
      QuestionBankEntity,
      QuestionBankMemberEntity,
      QuestionCategoryEntity,
      QuestionEntity,
      QuestionVersionEntity,
      QuestionFileEntity,
    ]),
  ],
  providers: SERVICES,
  exports: SERVICES,
})
export class QuestionBankModule {}
