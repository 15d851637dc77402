import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrgUnitEntity } from './org-unit.entity';
import { OrgUnitService } from './org-unit.service';

@Module({
  imports: [TypeOrmModule.forFeature([OrgUnitEntity])],
  providers: [OrgUnitService],
  exports: [OrgUnitService],
})
export class OrgUnitsModule {}
