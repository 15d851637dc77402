import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, ReminderPreferenceService } from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ReminderPreferencesModel } from './models/reminder-preferences.model';

@Resolver(() => ReminderPreferencesModel)
export class ReminderPreferencesResolver {
  constructor(private readonly preferences: ReminderPreferenceService) {}

  @Query(() => ReminderPreferencesModel)
  myReminderPreferences(@CurrentActor() actor: Actor): Promise<ReminderPreferencesModel> {
    return this.preferences.mine(actor);
  }

  @Mutation(() => ReminderPreferencesModel, { description: 'the signed-in person only' })
  setReminderPreferences(@CurrentActor() actor: Actor, @Args('muteOptional') muteOptional: boolean): Promise<ReminderPreferencesModel> {
    return this.preferences.set(actor, { muteOptional });
  }
}
