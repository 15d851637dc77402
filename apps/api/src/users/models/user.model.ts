import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Audience, Role } from '@hocso/contracts';
import type { UserAction, UserEntity } from '@hocso/server-core';
import { AudienceEnum, RoleEnum } from '../../common/graphql-enums';
import { OrgUnitModel } from '../../org-units/models/org-unit.model';
import { UserActionEnum } from '../user-enums';
import { RoleGrantModel } from './role-grant.model';
import { LIST_BOUNDS } from '../../graphql/list-bounds';
import { ListSize } from '../../graphql/list-size';

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  fullName: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  position: string | null;

  @Field(() => AudienceEnum)
  audience: Audience;

  @Field(() => [RoleEnum])
  roles?: Role[];

  @ListSize(LIST_BOUNDS.rolesPerUser)
  @Field(() => [RoleGrantModel])
  roleGrants?: RoleGrantModel[];

  @Field(() => OrgUnitModel, { nullable: true })
  orgUnit?: OrgUnitModel | null;

  @Field(() => [UserActionEnum], { description: "What the signed-in user may do to this person's account" })
  allowedActions?: UserAction[];

  @Field({ description: 'Whether the owner confirmed the email (self-registered accounts start unconfirmed)' })
  emailVerified: boolean;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the account was deactivated: it cannot sign in; null while active' })
  deactivatedAt: Date | null;

  @ListSize(LIST_BOUNDS.rolesPerUser)
  @Field(() => [RoleEnum], { description: 'The roles the signed-in user may grant this person (LEARNER never: everyone is one)' })
  grantableRoles?: Role[];

  orgUnitId: string | null;

  static from(entity: UserEntity): UserModel {
    return Object.assign(new UserModel(), {
      id: entity.id,
      fullName: entity.fullName,
      email: entity.email,
      phone: entity.phone,
      position: entity.position,
      audience: entity.audience,
      emailVerified: entity.emailVerifiedAt !== null,
      createdAt: entity.createdAt,
      deactivatedAt: entity.deactivatedAt,
      orgUnitId: entity.orgUnitId,
    });
  }
}
