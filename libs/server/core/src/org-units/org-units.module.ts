import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ORG_UNIT_ENTITIES } from './org-unit-entities';
import { OrgUnitService } from './org-unit.service';

@Module({
  imports: [TypeOrmModule.forFeature(ORG_UNIT_ENTITIES)],
  providers: [OrgUnitService],
  exports: [OrgUnitService],
})
export class OrgUnitsModule {}
