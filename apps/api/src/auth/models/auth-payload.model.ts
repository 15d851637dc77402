import { Field, ObjectType } from '@nestjs/graphql';
import type { SignedIn } from '@hocso/server-core';
import { UserModel } from '../../users/models/user.model';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field()
  accessToken: string;

  @Field()
  refreshToken: string;

  @Field(() => UserModel)
  user: UserModel;

  static from(signedIn: SignedIn): AuthPayloadModel {
    return { accessToken: signedIn.accessToken, refreshToken: signedIn.refreshToken, user: UserModel.from(signedIn.user) };
  }
}
