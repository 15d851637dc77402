import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../mail/mail.module';
import { QueueModule } from '../queue/queue.module';
import { OfficialImportRunner } from './official-import-runner.service';
import { OfficialImportEntity } from './official-import.entity';
import { OfficialImportService } from './official-import.service';

@Module({
  imports: [TypeOrmModule.forFeature([OfficialImportEntity]), QueueModule, MailModule],
  providers: [OfficialImportService, OfficialImportRunner],
  exports: [OfficialImportService, OfficialImportRunner],
})
export class OfficialImportsModule {}
