import { InputType, PickType } from '@nestjs/graphql';
import { CreateLiveSessionInput } from './create-live-session.input';

@InputType({ description: 'When and where a session now takes place (a start still to come): a place, an online link, or both' })
export class RescheduleLiveSessionInput extends PickType(CreateLiveSessionInput, ['startsAt', 'endsAt', 'place', 'onlineUrl'] as const, InputType) {}
