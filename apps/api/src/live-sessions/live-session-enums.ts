import { registerEnumType } from '@nestjs/graphql';
import { LIVE_SESSION_KINDS, type LiveSessionAction, type OrganiserAction } from '@hocso/server-core';
import { actionEnum, enumOf } from '../common/graphql-enums';

export const LiveSessionKindEnum = enumOf(LIVE_SESSION_KINDS);
registerEnumType(LiveSessionKindEnum, { name: 'LiveSessionKind', description: 'TRAINING: tập huấn; CONFERENCE: hội nghị; WORKSHOP: hội thảo; ROUND_TABLE: tọa đàm' });

export const LiveSessionActionEnum = actionEnum<LiveSessionAction>('LiveSessionAction', 'What one can do at a session now; LiveSession.allowedActions lists those the caller may do', {
  REGISTER: 'registerForLiveSession',
  CANCEL_REGISTRATION: 'cancelLiveSessionRegistration',
  CHECK_IN: 'checkInToLiveSession (during the session, with the code on the organiser’s screen)',
  SHOW_CHECK_IN_CODE: 'liveSessionCheckInCode',
  VIEW_ATTENDEES: 'liveSessionAttendees',
  RESCHEDULE: 'rescheduleLiveSession (before it ends and before anyone checked in)',
  CANCEL: 'cancelLiveSession (before it ends and before anyone checked in)',
});

export const OrganiserActionEnum = actionEnum<OrganiserAction>('OrganiserAction', 'What one may start; Query.organiserActions lists those the caller may', {
  CREATE_COHORT: 'createCohort',
  CREATE_LIVE_SESSION: 'createLiveSession',
});

export const LiveSessionRegistrationStatusEnum = enumOf(['REGISTERED', 'CANCELLED'] as const);
registerEnumType(LiveSessionRegistrationStatusEnum, { name: 'LiveSessionRegistrationStatus', description: 'REGISTERED: holds a seat; CANCELLED: gave it back' });
