import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { MailModule } from '../mail/mail.module';
import { QueueModule } from '../queue/queue.module';
import { OfficialImportRunner } from './official-import-runner.service';
import { OFFICIAL_IMPORT_ENTITIES } from './official-import-entities';
import { OfficialImportService } from './official-import.service';
import { OfficialImportPreviewer } from './official-import-preview.service';
import { ActivationSheetService } from './activation-sheet.service';

@Module({
  imports: [TypeOrmModule.forFeature(OFFICIAL_IMPORT_ENTITIES), QueueModule, MailModule, AuthModule],
  providers: [OfficialImportService, OfficialImportRunner, OfficialImportPreviewer, ActivationSheetService],
  exports: [OfficialImportService, OfficialImportRunner, OfficialImportPreviewer, ActivationSheetService],
})
export class OfficialImportsModule {}
