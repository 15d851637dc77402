import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { SavedAnswerView } from '@hocso/server-core';
import { LIST_BOUNDS } from '../../graphql/list-bounds';
import { ListSize } from '../../graphql/list-size';
import { MatchAnswerModel } from './match-answer.model';

@ObjectType('SavedAnswer', { description: 'What is stored for a slot: the newest save by clientSeq, and its answer (to resume on another device)' })
export class SavedAnswerModel {
  @Field(() => Int)
  slot: number;

  @Field(() => Int)
  clientSeq: number;

  @Field()
  savedAt: Date;

  @ListSize(LIST_BOUNDS.optionsPerQuestion)
  @Field(() => [ID], { nullable: true })
  optionIds: string[] | null;

  @Field(() => String, { nullable: true })
  text: string | null;

  @Field(() => Float, { nullable: true })
  number: number | null;

  @Field(() => Boolean, { nullable: true })
  boolean: boolean | null;

  @ListSize(LIST_BOUNDS.matchPairsPerQuestion)
  @Field(() => [MatchAnswerModel], { nullable: true })
  matches: MatchAnswerModel[] | null;

  static from(saved: SavedAnswerView): SavedAnswerModel {
    const { response } = saved;
    return Object.assign(new SavedAnswerModel(), {
      slot: saved.slot,
      clientSeq: saved.clientSeq,
      savedAt: saved.savedAt,
      optionIds: response.optionIds ?? null,
      text: response.text ?? null,
      number: response.number ?? null,
      boolean: response.boolean ?? null,
      matches: response.matches ?? null,
    });
  }
}
