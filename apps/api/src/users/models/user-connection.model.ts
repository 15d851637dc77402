import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../common/page-info.model';
import { UserModel } from './user.model';

@ObjectType()
export class UserEdge {
  @Field()
  cursor: string;

  @Field(() => UserModel)
  node: UserModel;
}

@ObjectType()
export class UserConnection {
  @Field(() => [UserEdge])
  edges: UserEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
