import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Role } from '@hocso/contracts';
import {
  AccountAdministrationService,
  type Actor,
  allowedPeopleListActions,
  allowedUserActions,
  canRevokeGrant,
  grantableRoles,
  type HeldGrant,
  type ManagedAccount,
  type PeopleListAction,
  managedAccount,
  type UserAction,
  UserService,
} from '@hocso/server-core';
import { connectionOf } from '../common/connection';
import { RoleEnum } from '../common/graphql-enums';
import type { Response } from 'express';
import { bearerTokenOf } from '../auth/auth.guard';
import { CurrentActor, HttpResponse, OptionalActor } from '../auth/current-actor.decorator';
import { FileSessionCookie } from '../auth/file-session-cookie';
import { Public } from '../auth/public.decorator';
import type { GraphqlContext } from '../graphql/request-loaders';
import { OrgUnitModel } from '../org-units/models/org-unit.model';
import { CreateUserInput } from './dto/create-user.input';
import { UpdateMembershipInput } from './dto/update-membership.input';
import { UpdateUserInput } from './dto/update-user.input';
import { UpdateProfileInput } from './dto/update-profile.input';
import { UsersArgs } from './dto/users.args';
import { RoleGrantModel } from './models/role-grant.model';
import { UserConnection } from './models/user-connection.model';
import { UserModel } from './models/user.model';
import { PeopleListActionEnum, UserActionEnum } from './user-enums';
import { PAGE_SIZES } from '../graphql/list-bounds';
import { PageSize } from '../graphql/list-size';
import { TEXT_BOUNDS } from '../graphql/text-bounds';
import { ArgMaxLengths } from '../graphql/text-lengths';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(
    private readonly userService: UserService,
    private readonly administration: AccountAdministrationService,
    private readonly fileCookie: FileSessionCookie,
  ) {}

  /** Also renews the file cookie: the portal reads `me` when it opens with a session it already had. */
  @Public()
  @Query(() => UserModel, { nullable: true, description: 'The signed-in user; null without a valid token' })
  async me(@OptionalActor() actor?: Actor, @Context() ctx?: GraphqlContext, @HttpResponse() res?: Response): Promise<UserModel | null> {
    if (!actor) return null;
    const user = await this.userService.findById(actor.userId);
    const token = ctx ? bearerTokenOf(ctx.req) : undefined;
    if (user && token) this.fileCookie.set(res, token);
    return user ? UserModel.from(user) : null;
  }

  @PageSize(PAGE_SIZES.users)
  @ArgMaxLengths({ search: TEXT_BOUNDS.search, after: TEXT_BOUNDS.cursor })
  @Query(() => UserConnection)
  async users(@CurrentActor() actor: Actor, @Args() args: UsersArgs): Promise<UserConnection> {
    return connectionOf(await this.userService.search(actor, args), UserModel.from);
  }

  @Query(() => [PeopleListActionEnum], { description: 'What the signed-in user may do on the users page: create people, export the list' })
  peopleListActions(@CurrentActor() actor: Actor): PeopleListAction[] {
    return allowedPeopleListActions(actor);
  }

  @Query(() => UserModel, { nullable: true })
  async user(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<UserModel> {
    return UserModel.from(await this.userService.getVisible(actor, id));
  }

  @Mutation(() => UserModel, { description: "The signed-in person's own name, phone and position" })
  async updateProfile(@CurrentActor() actor: Actor, @Args('input') input: UpdateProfileInput): Promise<UserModel> {
    return UserModel.from(await this.userService.updateProfile(actor, input));
  }

  @Mutation(() => UserModel, { description: 'A new account (a LEARNER): administrators anywhere, unit managers in their subtree; a set-password link is mailed' })
  async createUser(@CurrentActor() actor: Actor, @Args('input') input: CreateUserInput): Promise<UserModel> {
    return UserModel.from(await this.administration.create(actor, input));
  }

  @Mutation(() => UserModel, { description: "Someone's name, email, phone and position: administrators, and unit managers inside their subtree" })
  async updateUser(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('input') input: UpdateUserInput,
  ): Promise<UserModel> {
    return UserModel.from(await this.administration.updateDetails(actor, userId, input));
  }

  @Mutation(() => UserModel, { description: 'The person can no longer sign in and every session of theirs ends at once' })
  async deactivateUser(@CurrentActor() actor: Actor, @Args('userId', { type: () => ID }) userId: string): Promise<UserModel> {
    return UserModel.from(await this.administration.deactivate(actor, userId));
  }

  @Mutation(() => UserModel, { description: 'A deactivated person may sign in again' })
  async reactivateUser(@CurrentActor() actor: Actor, @Args('userId', { type: () => ID }) userId: string): Promise<UserModel> {
    return UserModel.from(await this.administration.reactivate(actor, userId));
  }

  @Mutation(() => UserModel, { description: "A person's org unit and audience: administrators, and unit managers inside their subtree" })
  async updateUserMembership(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('input') input: UpdateMembershipInput,
  ): Promise<UserModel> {
    return UserModel.from(await this.userService.updateMembership(actor, userId, input));
  }

  @Mutation(() => UserModel)
  async grantRole(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => RoleEnum }) role: Role,
    @Args('orgUnitId', { type: () => ID, nullable: true }) orgUnitId?: string,
  ): Promise<UserModel> {
    return UserModel.from(await this.userService.grantRole(actor, userId, role, orgUnitId));
  }

  @Mutation(() => UserModel)
  async revokeRole(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => RoleEnum }) role: Role,
    @Args('orgUnitId', { type: () => ID, nullable: true }) orgUnitId?: string,
  ): Promise<UserModel> {
    return UserModel.from(await this.userService.revokeRole(actor, userId, role, orgUnitId));
  }

  @ResolveField(() => [RoleEnum])
  async roles(@Parent() user: UserModel, @Context() ctx: GraphqlContext): Promise<Role[]> {
    const grants = await ctx.loaders.users.grantsByUserId.load(user.id);
    return [...new Set(grants.map((grant) => grant.role))];
  }

  @ResolveField(() => [RoleGrantModel])
  async roleGrants(@Parent() user: UserModel, @Context() ctx: GraphqlContext, @OptionalActor() actor?: Actor): Promise<RoleGrantModel[]> {
    const { account, grants } = await this.accountOf(user, ctx);
    return Promise.all(
      grants.map(async (grant) => {
        const unit = grant.orgUnitId ? await ctx.loaders.orgUnits.byId.load(grant.orgUnitId) : null;
        return { role: grant.role, orgUnit: unit ? OrgUnitModel.from(unit) : null, revocable: canRevokeGrant(actor, account, grant) };
      }),
    );
  }

  @ResolveField(() => [UserActionEnum])
  async allowedActions(@Parent() user: UserModel, @Context() ctx: GraphqlContext, @OptionalActor() actor?: Actor): Promise<UserAction[]> {
    if (!actor) return [];
    const { account, grants } = await this.accountOf(user, ctx);
    return allowedUserActions(actor, account, grants);
  }

  @ResolveField(() => [RoleEnum])
  async grantableRoles(@Parent() user: UserModel, @Context() ctx: GraphqlContext, @OptionalActor() actor?: Actor): Promise<Role[]> {
    if (!actor) return [];
    return grantableRoles(actor, (await this.accountOf(user, ctx)).account);
  }

  @ResolveField(() => OrgUnitModel, { nullable: true })
  async orgUnit(@Parent() user: UserModel, @Context() ctx: GraphqlContext): Promise<OrgUnitModel | null> {
    if (!user.orgUnitId) return null;
    const unit = await ctx.loaders.orgUnits.byId.load(user.orgUnitId);
    return unit ? OrgUnitModel.from(unit) : null;
  }

  /** The person's account and grants as the access rules see them, from the request's loaders. */
  private async accountOf(user: UserModel, ctx: GraphqlContext): Promise<{ account: ManagedAccount; grants: Array<HeldGrant & { orgUnitId: string | null }> }> {
    const [unit, rows] = await Promise.all([
      user.orgUnitId ? ctx.loaders.orgUnits.byId.load(user.orgUnitId) : null,
      ctx.loaders.users.grantsByUserId.load(user.id),
    ]);
    const grants = await Promise.all(
      rows.map(async (row) => ({
        role: row.role,
        orgUnitId: row.orgUnitId,
        orgUnitPath: row.orgUnitId ? ((await ctx.loaders.orgUnits.byId.load(row.orgUnitId))?.path ?? null) : null,
      })),
    );
    const account = managedAccount({ id: user.id, deactivatedAt: user.deactivatedAt }, unit?.path ?? null, grants.some((grant) => grant.role === 'ADMIN'));
    return { account, grants };
  }
}
