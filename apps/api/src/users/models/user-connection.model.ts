import { type Connection, ConnectionType } from '../../common/connection';
import { UserModel } from './user.model';

export const UserConnection = ConnectionType(UserModel, 'User');
export type UserConnection = Connection<UserModel>;
