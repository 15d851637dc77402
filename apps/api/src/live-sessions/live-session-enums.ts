import { registerEnumType } from '@nestjs/graphql';
import { LIVE_SESSION_KINDS, type LiveSessionAction } from '@hocso/server-core';
import { actionEnum, enumOf } from '../common/graphql-enums';

export const LiveSessionKindEnum = enumOf(LIVE_SESSION_KINDS);
registerEnumType(LiveSessionKindEnum, { name: 'LiveSessionKind', description: 'TRAINING: tập huấn; CONFERENCE: hội nghị; WORKSHOP: hội thảo; ROUND_TABLE: tọa đàm' });

export const LiveSessionActionEnum = actionEnum<LiveSessionAction>('LiveSessionAction', 'What one can do at a session now; LiveSession.allowedActions lists those the caller may do', {
  REGISTER: 'registerForLiveSession',
  CANCEL_REGISTRATION: 'cancelLiveSessionRegistration',
  CHECK_IN: 'checkInToLiveSession (during the session, with the code on the organiser’s screen)',
  SHOW_CHECK_IN_CODE: 'liveSessionCheckInCode',
});
