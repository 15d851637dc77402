import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { USER_ENTITIES } from './user-entities';
import { UserService } from './user.service';

@Module({
  imports: [TypeOrmModule.forFeature(USER_ENTITIES)],
  providers: [UserService],
  exports: [UserService],
})
export class UsersModule {}
