export * from './users.module';
export * from './user.service';
export * from './user.entity';
export * from './role-grant.entity';
export * from './user-access';
