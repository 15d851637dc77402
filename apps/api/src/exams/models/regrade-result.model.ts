import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { RegradeOutcome } from '@hocso/server-core';
import { LIST_BOUNDS } from '../../graphql/list-bounds';
import { ListSize } from '../../graphql/list-size';
import { RegradedAttemptModel } from './regraded-attempt.model';

@ObjectType('RegradeResult', { description: 'Who changed when the submitted attempts were regraded with the current version of a question' })
export class RegradeResultModel {
  @ListSize(LIST_BOUNDS.regradedAttempts)
  @Field(() => [RegradedAttemptModel], { description: 'the first 2,000 attempts whose points changed' })
  changed: RegradedAttemptModel[];

  @Field(() => Int, { description: 'every attempt whose points changed' })
  changedCount: number;

  @Field(() => Int, { description: 'attempts regraded whose points stayed the same' })
  unchanged: number;

  @Field(() => Int, { description: 'attempts in progress: they keep the version they drew and are graded with it when submitted' })
  inProgress: number;

  static from(outcome: RegradeOutcome): RegradeResultModel {
    return Object.assign(new RegradeResultModel(), {
      changed: outcome.changed.map((changed) => RegradedAttemptModel.from(changed, outcome.serverNow)),
      changedCount: outcome.changedCount,
      unchanged: outcome.unchanged,
      inProgress: outcome.inProgress,
    });
  }
}
