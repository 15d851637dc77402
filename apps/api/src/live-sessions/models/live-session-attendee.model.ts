import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { LiveSessionAttendee, LiveSessionAttendeePage } from '@hocso/server-core';
import { SizedByParent } from '../../graphql/list-size';
import { LiveSessionRegistrationStatusEnum } from '../live-session-enums';

@ObjectType('LiveSessionAttendee', { description: 'Someone who registered for a session or checked in at it' })
export class LiveSessionAttendeeModel {
  @Field(() => ID)
  userId: string;

  @Field()
  fullName: string;

  @Field(() => LiveSessionRegistrationStatusEnum, { nullable: true, description: 'null: walked in without registering' })
  registration: 'REGISTERED' | 'CANCELLED' | null;

  @Field(() => Date, { nullable: true })
  registeredAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'null: has not checked in' })
  checkedInAt: Date | null;

  @Field(() => Float, { description: 'hours credited at check-in; 0 before' })
  hours: number;

  @Field()
  walkIn: boolean;
}

@ObjectType('LiveSessionAttendeePage')
export class LiveSessionAttendeePageModel {
  @Field(() => Int)
  totalCount: number;

  @SizedByParent()
  @Field(() => [LiveSessionAttendeeModel], { description: 'by name' })
  items: LiveSessionAttendeeModel[];

  static from(page: LiveSessionAttendeePage): LiveSessionAttendeePageModel {
    return { totalCount: page.totalCount, items: page.items.map((attendee: LiveSessionAttendee) => Object.assign(new LiveSessionAttendeeModel(), attendee)) };
  }
}
