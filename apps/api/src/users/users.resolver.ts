import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Role } from '@hocso/contracts';
import { type Actor, allowedUserActions, type UserAction, UserService } from '@hocso/server-core';
import { connectionOf } from '../common/connection';
import { RoleEnum } from '../common/graphql-enums';
import type { Response } from 'express';
import { bearerTokenOf } from '../auth/auth.guard';
import { CurrentActor, HttpResponse, OptionalActor } from '../auth/current-actor.decorator';
import { FileSessionCookie } from '../auth/file-session-cookie';
import { Public } from '../auth/public.decorator';
import type { GraphqlContext } from '../graphql/request-loaders';
import { OrgUnitModel } from '../org-units/models/org-unit.model';
import { UpdateMembershipInput } from './dto/update-membership.input';
import { UpdateProfileInput } from './dto/update-profile.input';
import { UsersArgs } from './dto/users.args';
import { RoleGrantModel } from './models/role-grant.model';
import { UserConnection } from './models/user-connection.model';
import { UserModel } from './models/user.model';
import { UserActionEnum } from './user-enums';
import { PAGE_SIZES } from '../graphql/list-bounds';
import { PageSize } from '../graphql/list-size';
import { TEXT_BOUNDS } from '../graphql/text-bounds';
import { ArgMaxLengths } from '../graphql/text-lengths';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(
    private readonly userService: UserService,
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

  @Query(() => UserModel, { nullable: true })
  async user(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<UserModel> {
    return UserModel.from(await this.userService.getVisible(actor, id));
  }

  @Mutation(() => UserModel, { description: "The signed-in person's own name, phone and position" })
  async updateProfile(@CurrentActor() actor: Actor, @Args('input') input: UpdateProfileInput): Promise<UserModel> {
    return UserModel.from(await this.userService.updateProfile(actor, input));
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
  async roleGrants(@Parent() user: UserModel, @Context() ctx: GraphqlContext): Promise<RoleGrantModel[]> {
    const grants = await ctx.loaders.users.grantsByUserId.load(user.id);
    return Promise.all(
      grants.map(async (grant) => {
        const unit = grant.orgUnitId ? await ctx.loaders.orgUnits.byId.load(grant.orgUnitId) : null;
        return { role: grant.role, orgUnit: unit ? OrgUnitModel.from(unit) : null };
      }),
    );
  }

  @ResolveField(() => [UserActionEnum])
  async allowedActions(@Parent() user: UserModel, @Context() ctx: GraphqlContext, @OptionalActor() actor?: Actor): Promise<UserAction[]> {
    if (!actor) return [];
    const unit = user.orgUnitId ? await ctx.loaders.orgUnits.byId.load(user.orgUnitId) : null;
    return allowedUserActions(actor, unit?.path ?? null);
  }

  @ResolveField(() => OrgUnitModel, { nullable: true })
  async orgUnit(@Parent() user: UserModel, @Context() ctx: GraphqlContext): Promise<OrgUnitModel | null> {
    if (!user.orgUnitId) return null;
    const unit = await ctx.loaders.orgUnits.byId.load(user.orgUnitId);
    return unit ? OrgUnitModel.from(unit) : null;
  }
}
