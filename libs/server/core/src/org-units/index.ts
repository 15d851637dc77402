export * from './org-units.module';
export * from './org-unit.service';
export * from './org-unit.entity';
export * from './org-unit-access';
export * from './org-unit-path';
