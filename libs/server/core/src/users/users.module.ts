import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RoleGrantEntity } from './role-grant.entity';
import { UserEntity } from './user.entity';
import { UserService } from './user.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, RoleGrantEntity])],
  providers: [UserService],
  exports: [UserService],
})
export class UsersModule {}
