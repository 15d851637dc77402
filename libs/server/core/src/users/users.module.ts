import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { USER_ENTITIES } from './user-entities';
import { UserService } from './user.service';
import { UsersCsvExport } from './users-csv-export';

@Module({
  imports: [TypeOrmModule.forFeature(USER_ENTITIES)],
  providers: [UserService, UsersCsvExport],
  exports: [UserService, UsersCsvExport],
})
export class UsersModule {}
